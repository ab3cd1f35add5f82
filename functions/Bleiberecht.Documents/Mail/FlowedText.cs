using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Undoes <c>format=flowed</c> (RFC 3676): soft line breaks (a line ending in a space) are joined, space-stuffing removed.</summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool deleteSpace)
    {
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        while (pos <= text.Length)
        {
            var lf = text.IndexOf('\n', pos);
            var end = lf < 0 ? text.Length : lf;
            var line = text.AsSpan(pos, end - pos);
            if (line.StartsWith(" "))
            {
                line = line[1..];
            }

            if (line.EndsWith(" ") && !line.SequenceEqual("-- "))
            {
                sb.Append(deleteSpace ? line[..^1] : line);
            }
            else
            {
                sb.Append(line);
                if (lf >= 0)
                {
                    sb.Append('\n');
                }
            }

            if (lf < 0)
            {
                break;
            }

            pos = lf + 1;
        }

        return sb.ToString();
    }
}
