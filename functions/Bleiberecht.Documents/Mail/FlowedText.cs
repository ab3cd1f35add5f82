using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Undoes <c>format=flowed</c> (RFC 3676): soft line breaks (a line ending in a space) are joined, space-stuffing removed.</summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool deleteSpace)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.StartsWith(' ') ? rawLine[1..] : rawLine;
            if (line.EndsWith(' ') && line != "-- ")
            {
                sb.Append(deleteSpace ? line[..^1] : line);
            }
            else
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }
}
