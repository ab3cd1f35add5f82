using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// Writes RFC 5322 messages for sending: UTF-8 text as quoted-printable, attachments base64, RFC 2047 subjects and
/// display names, RFC 2231 file names (with an RFC 2047 <c>name</c> fallback, as Thunderbird and nodemailer do).
/// Output is 7-bit, CRLF, lines of at most 78 characters, and deterministic for the same input.
/// </summary>
public static class MimeMessageWriter
{
    private const int MaxLine = 76;

    /// <summary>The message as bytes ready for SMTP DATA (before dot-stuffing, which is the transport's job).</summary>
    public static byte[] Write(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var sb = new StringBuilder();
        Header(sb, "From", Addresses([mail.From]));
        if (mail.To.Count > 0)
        {
            Header(sb, "To", Addresses(mail.To));
        }

        if (mail.Cc.Count > 0)
        {
            Header(sb, "Cc", Addresses(mail.Cc));
        }

        if (mail.ReplyTo.Count > 0)
        {
            Header(sb, "Reply-To", Addresses(mail.ReplyTo));
        }

        Header(sb, "Subject", Unstructured(mail.Subject, "Subject".Length));
        Header(sb, "Date", mail.Date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + mail.Date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal));
        Header(sb, "Message-ID", $"<{Id(mail.MessageId)}>");
        if (mail.InReplyTo is { } inReplyTo)
        {
            Header(sb, "In-Reply-To", $"<{Id(inReplyTo)}>");
            Header(sb, "References", $"<{Id(inReplyTo)}>");
        }

        if (mail.IsAutomatic)
        {
            Header(sb, "Auto-Submitted", mail.InReplyTo is null ? "auto-generated" : "auto-replied");
            Header(sb, "X-Auto-Response-Suppress", "All");
        }

        Header(sb, "MIME-Version", "1.0");
        if (mail.Attachments.Count == 0)
        {
            TextPart(sb, mail.TextBody);
            return Encoding.ASCII.GetBytes(sb.ToString());
        }

        var boundary = "=_bf_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mail.MessageId)).AsSpan(0, 12));
        Header(sb, "Content-Type", $"multipart/mixed; boundary=\"{boundary}\"");
        sb.Append("\r\n");
        sb.Append("--").Append(boundary).Append("\r\n");
        TextPart(sb, mail.TextBody);
        foreach (var attachment in mail.Attachments)
        {
            sb.Append("\r\n--").Append(boundary).Append("\r\n");
            AttachmentPart(sb, attachment);
        }

        sb.Append("\r\n--").Append(boundary).Append("--\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static void TextPart(StringBuilder sb, string text)
    {
        Header(sb, "Content-Type", "text/plain; charset=utf-8");
        Header(sb, "Content-Transfer-Encoding", "quoted-printable");
        sb.Append("\r\n");
        sb.Append(QuotedPrintable(text));
    }

    private static void AttachmentPart(StringBuilder sb, OutgoingAttachment attachment)
    {
        var name = OneLine(attachment.FileName);
        var type = OneLine(attachment.ContentType).ToLowerInvariant();
        if (type.Length == 0 || type.Any(c => c is ';' or '"' or ' ' or '\\') || !type.Contains('/', StringComparison.Ordinal))
        {
            type = "application/octet-stream";
        }

        if (IsPlainToken(name))
        {
            Header(sb, "Content-Type", $"{type}; name=\"{name}\"");
            Header(sb, "Content-Disposition", $"attachment; filename=\"{name}\"");
        }
        else
        {
            Header(sb, "Content-Type", $"{type};\r\n name=\"{EncodedWords(name, 7)}\"");
            Header(sb, "Content-Disposition", "attachment;" + Rfc2231("filename", name));
        }

        Header(sb, "Content-Transfer-Encoding", "base64");
        sb.Append("\r\n");
        var base64 = Convert.ToBase64String(attachment.Content.Span);
        for (var i = 0; i < base64.Length; i += MaxLine)
        {
            sb.Append(base64, i, Math.Min(MaxLine, base64.Length - i)).Append("\r\n");
        }
    }

    private static void Header(StringBuilder sb, string name, string value) => sb.Append(name).Append(": ").Append(value).Append("\r\n");

    private static string Addresses(IEnumerable<MailAddress> addresses) => string.Join(",\r\n ", addresses.Select(Address));

    private static string Address(MailAddress address)
    {
        var spec = OneLine(address.Address);
        if (spec.Any(c => c is '<' or '>' or ',' or ' ' or '\t') || !spec.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Not an address: '{spec}'.", nameof(address));
        }

        if (string.IsNullOrWhiteSpace(address.DisplayName))
        {
            return spec;
        }

        var display = OneLine(address.DisplayName);
        if (IsPrintableAscii(display) && !display.Contains("=?", StringComparison.Ordinal))
        {
            return $"\"{display.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{spec}>";
        }

        return $"{EncodedWords(display, 6)} <{spec}>";
    }

    /// <summary>An unstructured value (Subject): as is when short printable ASCII, else RFC 2047 words on folded lines.</summary>
    private static string Unstructured(string value, int nameLength)
    {
        var text = OneLine(value);
        if (IsPrintableAscii(text) && !text.Contains("=?", StringComparison.Ordinal) && text.Split(' ').All(w => w.Length <= 70))
        {
            return Fold(text, nameLength + 2);
        }

        return EncodedWords(text, nameLength + 2);
    }

    /// <summary>Printable ASCII folded at spaces so lines stay within 78 characters where possible.</summary>
    private static string Fold(string text, int used)
    {
        var sb = new StringBuilder();
        var lineLength = used;
        foreach (var word in text.Split(' '))
        {
            if (sb.Length > 0)
            {
                if (lineLength + 1 + word.Length > 78)
                {
                    sb.Append("\r\n");
                    lineLength = 0;
                }

                sb.Append(' ');
                lineLength++;
            }

            sb.Append(word);
            lineLength += word.Length;
        }

        return sb.ToString();
    }

    /// <summary>UTF-8 Q-encoded words of at most 75 characters, split between characters, one per folded line.</summary>
    private static string EncodedWords(string text, int used)
    {
        const string Prefix = "=?UTF-8?Q?";
        const string Suffix = "?=";
        var words = new List<string>();
        var current = new StringBuilder(Prefix);
        foreach (var rune in text.EnumerateRunes())
        {
            var encoded = QEncode(rune);
            var limit = (words.Count == 0 ? 75 - Math.Min(used, 30) : 75) - Suffix.Length;
            if (current.Length + encoded.Length > limit && current.Length > Prefix.Length)
            {
                words.Add(current.Append(Suffix).ToString());
                current.Clear().Append(Prefix);
            }

            current.Append(encoded);
        }

        words.Add(current.Append(Suffix).ToString());
        return string.Join("\r\n ", words);
    }

    private static string QEncode(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return "_";
        }

        if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '!' or '*' or '+' or '-' or '/'))
        {
            return ((char)rune.Value).ToString();
        }

        Span<byte> bytes = stackalloc byte[4];
        var length = rune.EncodeToUtf8(bytes);
        var sb = new StringBuilder(length * 3);
        foreach (var b in bytes[..length])
        {
            sb.Append('=').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>RFC 2231 <c>name*0*=utf-8''…; name*1*=…</c> on folded lines, sections split between characters.</summary>
    private static string Rfc2231(string parameter, string value)
    {
        var sections = new List<string>();
        var current = new StringBuilder("utf-8''");
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(bytes);
            var piece = new StringBuilder();
            foreach (var b in bytes[..length])
            {
                piece.Append(b < 0x80 && (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' or (byte)'_') ? ((char)b).ToString() : "%" + b.ToString("X2", CultureInfo.InvariantCulture));
            }

            if (current.Length + piece.Length > 60)
            {
                sections.Add(current.ToString());
                current.Clear();
            }

            current.Append(piece);
        }

        sections.Add(current.ToString());
        return string.Concat(sections.Select((s, i) => $"\r\n {parameter}*{i}*={s}{(i < sections.Count - 1 ? ";" : "")}"));
    }

    /// <summary>Quoted-printable for UTF-8 text: CRLF line ends, soft breaks at 76, trailing white space, '=', a leading '.' and "From " encoded.</summary>
    private static string QuotedPrintable(string text)
    {
        var sb = new StringBuilder(text.Length + (text.Length / 8));
        var lines = LineEnds.ToLf(text).Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var bytes = Encoding.UTF8.GetBytes(lines[l]);
            var lineLength = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var last = i == bytes.Length - 1;
                var literal = b is >= 33 and <= 126 && b != (byte)'=' ||
                              (b is (byte)' ' or (byte)'\t' && !last);
                if (i == 0 && (b == (byte)'.' || (b == (byte)'F' && lines[l].StartsWith("From ", StringComparison.Ordinal))))
                {
                    literal = false;
                }

                var token = literal ? ((char)b).ToString() : "=" + b.ToString("X2", CultureInfo.InvariantCulture);
                if (lineLength + token.Length > MaxLine - 1)
                {
                    sb.Append("=\r\n");
                    lineLength = 0;
                }

                sb.Append(token);
                lineLength += token.Length;
            }

            sb.Append("\r\n");
        }

        return sb.ToString();
    }

    private static bool IsPlainToken(string name) =>
        name.Length is > 0 and <= 60 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')' or '+' or ',');

    private static string Id(string id)
    {
        var clean = new string(OneLine(id).Where(c => c is > ' ' and < (char)127 and not ('<' or '>')).ToArray());
        return clean.Length == 0 ? throw new ArgumentException("A message id is empty.", nameof(id)) : clean;
    }

    /// <summary>Header input with line breaks and other controls replaced: no header injection.</summary>
    private static string OneLine(string value) => new(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static bool IsPrintableAscii(string text) => text.All(c => c is >= ' ' and <= '~');
}
