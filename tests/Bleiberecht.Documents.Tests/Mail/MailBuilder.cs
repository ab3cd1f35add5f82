using System.Text;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Small raw messages for focused tests.</summary>
internal static class MailBuilder
{
    public static byte[] Simple(string headers, string body = "Hallo.") =>
        Encoding.UTF8.GetBytes($"From: a@example.org\r\n{headers}{(headers.Length > 0 && !headers.EndsWith('\n') ? "\r\n" : "")}\r\n{body}");

    public static byte[] WithPdf(string partHeaders, byte[]? content = null)
    {
        var base64 = Convert.ToBase64String(content ?? MailFixtures.MinimalPdf, Base64FormattingOptions.InsertLineBreaks);
        return Encoding.UTF8.GetBytes(
            "From: a@example.org\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n\r\n" +
            "--XYZ\r\nContent-Type: text/plain\r\n\r\nText\r\n" +
            $"--XYZ\r\n{partHeaders}\r\nContent-Transfer-Encoding: base64\r\n\r\n{base64}\r\n--XYZ--\r\n");
    }

    /// <summary>Multiparts nested <paramref name="depth"/> levels deep.</summary>
    public static byte[] Nested(int depth)
    {
        var sb = new StringBuilder("From: a@example.org\r\n");
        for (var i = 0; i < depth; i++)
        {
            sb.Append($"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n");
        }

        sb.Append("Content-Type: text/plain\r\n\r\ninnermost\r\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append($"--b{i}--\r\n");
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A multipart with <paramref name="parts"/> empty text parts.</summary>
    public static byte[] ManyParts(int parts)
    {
        var sb = new StringBuilder("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n");
        for (var i = 0; i < parts; i++)
        {
            sb.Append("--p\r\n\r\nx\r\n");
        }

        sb.Append("--p--\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
