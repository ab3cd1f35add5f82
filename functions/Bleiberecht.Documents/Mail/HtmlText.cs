using System.Net;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Plain text from an HTML body: tags dropped, scripts/styles/comments skipped, block ends as line breaks, entities decoded. Linear time.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "hr", "ul", "ol", "dd", "dt",
    };

    public static string ToPlain(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                if (char.IsWhiteSpace(c))
                {
                    if (sb.Length > 0 && sb[^1] is not (' ' or '\n'))
                    {
                        sb.Append(' ');
                    }
                }
                else if (c == '&')
                {
                    i = AppendEntity(html, i, sb);
                    continue;
                }
                else
                {
                    sb.Append(c);
                }

                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            var nameStart = i + 1 < html.Length && html[i + 1] == '/' ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < close && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var isEndTag = nameStart == i + 2;
            i = close + 1;
            if (!isEndTag && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("head", StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var endClose = end < 0 ? -1 : html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
                continue;
            }

            if (BlockTags.Contains(name))
            {
                while (sb.Length > 0 && sb[^1] == ' ')
                {
                    sb.Length--;
                }

                if (sb.Length > 0 && !(sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n'))
                {
                    sb.Append('\n');
                }
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Appends the entity at <paramref name="at"/> (or a literal '&amp;') and returns the index after it.</summary>
    private static int AppendEntity(string html, int at, StringBuilder sb)
    {
        var end = at + 1;
        var limit = Math.Min(html.Length, at + 33);
        while (end < limit && (char.IsAsciiLetterOrDigit(html[end]) || (end == at + 1 && html[end] == '#')))
        {
            end++;
        }

        if (end >= html.Length || html[end] != ';' || end == at + 1)
        {
            sb.Append('&');
            return at + 1;
        }

        var name = html.AsSpan(at + 1, end - at - 1);
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) &&
                code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                sb.Append(char.ConvertFromUtf32(code));
                return end + 1;
            }

            sb.Append('&');
            return at + 1;
        }

        var decoded = WebUtility.HtmlDecode(html.Substring(at, end - at + 1));
        sb.Append(decoded);
        return end + 1;
    }
}
