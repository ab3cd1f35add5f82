namespace Bleiberecht.Documents.Mail;

/// <summary>CRLF and lone CR to LF in one linear pass (string.Replace with a comparison is far slower on many short lines).</summary>
internal static class LineEnds
{
    public static string ToLf(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var chars = new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            chars[length++] = c;
        }

        return new string(chars, 0, length);
    }
}
