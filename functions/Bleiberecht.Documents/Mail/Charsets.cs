using System.Text;
using System.Text.Unicode;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// Charset lookup for MIME text. ISO-8859-1 and US-ASCII are read as Windows-1252 (as browsers and mail programs do);
/// 8-bit text without a usable charset is read as UTF-8 when it is valid UTF-8, else as Windows-1252.
/// </summary>
internal static class Charsets
{
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static Encoding Iso885915 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(28605)!;

    /// <summary>The encoding for a charset name, or null when it is unknown or refused (UTF-7).</summary>
    public static Encoding? Find(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '+'))
        {
            return null;
        }

        switch (name)
        {
            case "utf-8" or "utf8" or "x-unicode20utf8":
                return Encoding.UTF8;
            case "us-ascii" or "ascii" or "ansi_x3.4-1968" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "l1" or "cp819" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;
            case "iso-8859-15" or "iso8859-15" or "iso_8859-15" or "latin-9" or "latin9":
                return Iso885915;
            case "utf-7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7":
                return null;
        }

        // No Encoding.GetEncoding(name): it throws for unknown names, and hostile mail can carry thousands of them.
        return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? name switch
        {
            "utf-16" or "utf-16le" or "unicode" or "ucs-2" => Encoding.Unicode,
            "utf-16be" or "unicodefffe" => Encoding.BigEndianUnicode,
            "utf-32" or "utf-32le" => Encoding.UTF32,
            "utf-32be" => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
            _ => null,
        };
    }

    /// <summary>Decodes text in <paramref name="charset"/>; an unknown charset falls back (with a warning) as described on the class.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset, ReadContext? context)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        var encoding = Find(charset);
        if (encoding is null && !string.IsNullOrWhiteSpace(charset))
        {
            context?.Warn(MailWarningCode.UnknownCharset, $"Unknown charset '{Truncate(charset)}'.");
        }

        if (encoding is null || (encoding == Windows1252 && !IsLatinDeclared(charset)))
        {
            return DecodeHeaderBytes(bytes);
        }

        return encoding.GetString(bytes);
    }

    /// <summary>Header bytes: ASCII as is, else UTF-8 when valid, else Windows-1252.</summary>
    public static string DecodeHeaderBytes(ReadOnlySpan<byte> bytes)
    {
        if (Ascii.IsValid(bytes))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
    }

    private static bool IsLatinDeclared(string? charset)
    {
        // "us-ascii" (and no charset) is the RFC default that mailers also use for 8-bit UTF-8 text: guess instead.
        var name = charset?.Trim().Trim('"', '\'').ToLowerInvariant();
        return name is not (null or "us-ascii" or "ascii" or "ansi_x3.4-1968");
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] : value;
}
