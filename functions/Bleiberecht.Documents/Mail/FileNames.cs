using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Makes a sender's file name safe to show and store: last path segment, NFC, no control or reserved characters, at most 200 characters.</summary>
internal static class FileNames
{
    private const int MaxLength = 200;

    public static string Sanitize(string? name, string contentType, int index)
    {
        var text = (name ?? "").Normalize(NormalizationForm.FormC);
        var slash = text.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            text = text[(slash + 1)..];
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var loneSurrogate = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' || loneSurrogate)
            {
                sb.Append('_');
            }
            else
            {
                sb.Append(c);
            }
        }

        text = sb.ToString().Trim().Trim('.').Trim();
        if (text.Length == 0)
        {
            text = $"attachment-{index}{DefaultExtension(contentType)}";
        }

        if (text.Length > MaxLength)
        {
            var dot = text.LastIndexOf('.');
            var extension = dot > 0 && text.Length - dot <= 10 ? text[dot..] : "";
            text = text[..(MaxLength - extension.Length)] + extension;
            if (char.IsHighSurrogate(text[MaxLength - extension.Length - 1]))
            {
                text = text.Remove(MaxLength - extension.Length - 1, 1);
            }
        }

        return text;
    }

    private static string DefaultExtension(string contentType) => contentType switch
    {
        "application/pdf" or "application/x-pdf" => ".pdf",
        "message/rfc822" => ".eml",
        "text/plain" => ".txt",
        "text/html" => ".html",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => ".bin",
    };
}
