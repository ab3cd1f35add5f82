using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// Walks the MIME tree with an explicit stack (no recursion, so no stack overflow), depth-first in message order,
/// collecting the top-level headers, the text body candidates and the attachments.
/// </summary>
internal sealed class MessageWalker(ReadContext context)
{
    private readonly List<BodyText> texts = [];
    private readonly List<MailAttachment> attachments = [];

    public MailMessage Walk(ReadOnlyMemory<byte> message)
    {
        var stack = new Stack<Entity>();
        stack.Push(new Entity(message, 0, 0, false, true, false));
        context.AddPart();
        HeaderBlock? top = null;
        while (stack.Count > 0)
        {
            context.CheckBudget();
            var entity = stack.Pop();
            var headers = HeaderBlock.Parse(entity.Data.Span, context);
            if (top is null)
            {
                if (headers.Fields.Count == 0)
                {
                    throw new MimeParseException(MimeParseError.Malformed, "The input has no header fields; it is not an e-mail message.");
                }

                top = headers;
            }
            else if (entity.IsMessage)
            {
                context.Warn(MailWarningCode.ForwardedMessage, "The message contains a forwarded message; its attachments were read.");
            }

            var body = entity.Data[headers.BodyStart..];
            var type = ContentType(headers, entity.DigestChild);
            if (type.Value.StartsWith("multipart/", StringComparison.Ordinal))
            {
                if (type.Value == "multipart/encrypted")
                {
                    context.Warn(MailWarningCode.EncryptedContent, "The message is encrypted (multipart/encrypted) and could not be read.");
                    continue;
                }

                var boundary = type["boundary"];
                if (!string.IsNullOrEmpty(boundary))
                {
                    context.CheckDepth(entity.Depth + 1);
                    var parts = MultipartSplitter.Split(body.Span, boundary, context);
                    var group = type.Value == "multipart/alternative" ? context.NewGroup() : entity.Group;
                    var digest = type.Value == "multipart/digest";
                    for (var i = parts.Count - 1; i >= 0; i--)
                    {
                        var (start, length) = parts[i];
                        stack.Push(new Entity(body.Slice(start, length), entity.Depth + 1, group, entity.Forwarded, false, digest));
                    }

                    continue;
                }

                context.Warn(MailWarningCode.MissingBoundary, "A multipart has no boundary parameter; it was read as plain text.");
                type = HeaderParameters.Parse("text/plain", context);
            }

            if (type.Value is "message/rfc822" or "message/global")
            {
                context.CheckDepth(entity.Depth + 1);
                context.AddPart();
                var inner = TransferDecoder.Decode(body, headers.Get("Content-Transfer-Encoding"), context);
                stack.Push(new Entity(inner, entity.Depth + 1, 0, true, true, false));
                continue;
            }

            Leaf(headers, type, body, entity);
        }

        return Build(top!);
    }

    private void Leaf(HeaderBlock headers, HeaderParameters type, ReadOnlyMemory<byte> body, Entity entity)
    {
        var mediaType = type.Value;
        var disposition = HeaderParameters.Parse(headers.Get("Content-Disposition", context), context);
        var fileName = disposition["filename"] ?? type["name"];
        if (mediaType is "application/pkcs7-signature" or "application/x-pkcs7-signature" or "application/pgp-signature")
        {
            context.Warn(MailWarningCode.SignatureIgnored, "The message is signed; the signature part is not an attachment and was not verified.");
            return;
        }

        if (mediaType is "application/pkcs7-mime" or "application/x-pkcs7-mime" or "application/pgp-encrypted")
        {
            context.Warn(MailWarningCode.EncryptedContent, "The message has an encrypted or opaque-signed part (S/MIME, PGP) that could not be read.");
            return;
        }

        var content = TransferDecoder.Decode(body, headers.Get("Content-Transfer-Encoding", context), context);
        if (mediaType is "application/ms-tnef" or "application/vnd.ms-tnef" ||
            string.Equals(fileName?.Trim(), "winmail.dat", StringComparison.OrdinalIgnoreCase) ||
            content.Span.StartsWith(new byte[] { 0x78, 0x9F, 0x3E, 0x22 }))
        {
            context.Warn(MailWarningCode.WinmailDat, "The message carries an Outlook winmail.dat (TNEF); the files inside it cannot be read.");
            return;
        }

        var isText = mediaType is "text/plain" or "text/html";
        if (isText && disposition.Value != "attachment" && fileName is null)
        {
            if (!entity.Forwarded)
            {
                var text = LineEnds.ToLf(Charsets.Decode(content.Span, type["charset"], context));
                if (mediaType == "text/plain" && string.Equals(type["format"], "flowed", StringComparison.OrdinalIgnoreCase))
                {
                    text = FlowedText.Unflow(text, string.Equals(type["delsp"], "yes", StringComparison.OrdinalIgnoreCase));
                }

                if (mediaType == "text/plain" && (text.Contains("\nbegin ", StringComparison.Ordinal) || text.StartsWith("begin ", StringComparison.Ordinal)))
                {
                    text = ExtractUuencoded(content, text, entity);
                }

                texts.Add(new BodyText(text, mediaType == "text/html", entity.Group));
            }

            return;
        }

        attachments.Add(CreateAttachment(fileName, mediaType, content, disposition.Value == "inline", entity.Forwarded));
    }

    private string ExtractUuencoded(ReadOnlyMemory<byte> content, string text, Entity entity)
    {
        var bytes = TransferDecoder.DecodeUuencode(content.Span, out var name);
        if (bytes is null)
        {
            return text;
        }

        attachments.Add(CreateAttachment(name, name?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) == true ? "application/pdf" : "application/octet-stream", bytes, false, entity.Forwarded));
        var begin = text.StartsWith("begin ", StringComparison.Ordinal) ? 0 : text.IndexOf("\nbegin ", StringComparison.Ordinal) + 1;
        return text[..begin];
    }

    private MailAttachment CreateAttachment(string? fileName, string mediaType, ReadOnlyMemory<byte> content, bool inline, bool forwarded)
    {
        var name = FileNames.Sanitize(fileName, mediaType, attachments.Count + 1);
        var declaredPdf = mediaType is "application/pdf" or "application/x-pdf" or "application/acrobat" ||
            name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        var head = content.Span[..Math.Min(content.Length, 1024)];
        var isPdf = head.IndexOf("%PDF-"u8) >= 0;
        return new MailAttachment(name, mediaType, content, isPdf, declaredPdf, inline, forwarded);
    }

    private HeaderParameters ContentType(HeaderBlock headers, bool digestChild)
    {
        var raw = headers.Get("Content-Type", context);
        if (raw is null)
        {
            return HeaderParameters.Parse(digestChild ? "message/rfc822" : "text/plain", context);
        }

        var type = HeaderParameters.Parse(raw, context);
        var slash = type.Value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == type.Value.Length - 1 || type.Value.Contains(' ', StringComparison.Ordinal))
        {
            context.Warn(MailWarningCode.MalformedContentType, "A Content-Type could not be read; text/plain was assumed.");
            return HeaderParameters.Parse("text/plain; charset=" + (type["charset"] ?? "us-ascii") + (type["name"] is { } name ? "; name=\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"" : ""), context);
        }

        return type;
    }

    private MailMessage Build(HeaderBlock top)
    {
        var from = AddressParser.Parse(top.Get("From", context), context);
        if (from.Count > 1)
        {
            context.Warn(MailWarningCode.MalformedAddress, "The From header names more than one mailbox; the first is used.");
        }

        var dateHeader = top.Get("Date", context);
        var date = MailDateParser.Parse(dateHeader);
        if (date is null && dateHeader is not null)
        {
            context.Warn(MailWarningCode.MalformedDate, "The Date header could not be read.");
        }

        return new MailMessage
        {
            From = from.FirstOrDefault(),
            Sender = AddressParser.Parse(top.Get("Sender", context), context).FirstOrDefault(),
            ReplyTo = AddressParser.Parse(top.Get("Reply-To", context), context),
            To = AddressParser.Parse(JoinAll(top, "To"), context),
            Cc = AddressParser.Parse(JoinAll(top, "Cc"), context),
            Subject = CleanLine(EncodedWords.Decode(top.Get("Subject", context) ?? "", context)),
            Date = date,
            MessageId = MessageIds.First(top.Get("Message-ID", context)),
            InReplyTo = MessageIds.First(top.Get("In-Reply-To", context)),
            TextBody = ChooseBody(),
            Attachments = attachments,
            IsAutomatic = IsAutomatic(top),
            Warnings = context.Warnings,
        };
    }

    private static bool IsAutomatic(HeaderBlock top)
    {
        var autoSubmitted = top.Get("Auto-Submitted")?.Trim();
        var precedence = top.Get("Precedence")?.Trim().ToLowerInvariant();
        var contentType = top.Get("Content-Type")?.TrimStart() ?? "";
        return (autoSubmitted is not null && !autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase)) ||
            precedence is "bulk" or "junk" or "list" or "auto_reply" ||
            contentType.StartsWith("multipart/report", StringComparison.OrdinalIgnoreCase) ||
            top.Get("X-Autoreply") is not null || top.Get("X-Autorespond") is not null ||
            top.Get("Return-Path")?.Replace(" ", "", StringComparison.Ordinal) == "<>";
    }

    private string ChooseBody()
    {
        var groupsWithPlain = texts.Where(t => t.Group != 0 && !t.IsHtml && !string.IsNullOrWhiteSpace(t.Text)).Select(t => t.Group).ToHashSet();
        var parts = texts
            .Where(t => t.Group == 0 || (t.IsHtml ? !groupsWithPlain.Contains(t.Group) : groupsWithPlain.Contains(t.Group)))
            .Select(t => t.IsHtml ? HtmlText.ToPlain(t.Text) : t.Text.Trim('\n'))
            .Where(t => t.Length > 0);
        return string.Join("\n\n", parts).Trim();
    }

    private static string? JoinAll(HeaderBlock headers, string name)
    {
        var values = headers.Fields.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).ToList();
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    private static string CleanLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    private sealed record Entity(ReadOnlyMemory<byte> Data, int Depth, int Group, bool Forwarded, bool IsMessage, bool DigestChild);
}
