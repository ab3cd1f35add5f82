using System.Globalization;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// A structured header value with parameters (<c>Content-Type</c>, <c>Content-Disposition</c>): the main value in
/// lower case and the parameters, with RFC 2231 continuations and charsets joined and decoded, and RFC 2047 words
/// inside quoted values decoded (Outlook and older Thunderbird write file names that way).
/// </summary>
internal sealed class HeaderParameters
{
    private const int MaxSections = 1000;
    private readonly Dictionary<string, string> parameters;

    private HeaderParameters(string value, Dictionary<string, string> parameters)
    {
        Value = value;
        this.parameters = parameters;
    }

    /// <summary>The main value, lower case, without comments (e.g. <c>text/plain</c>, <c>attachment</c>).</summary>
    public string Value { get; }

    public string? this[string name] => parameters.TryGetValue(name, out var value) ? value : null;

    public static HeaderParameters Parse(string? header, ReadContext? context)
    {
        var raw = new List<(string Name, string Value)>();
        if (string.IsNullOrEmpty(header))
        {
            return new HeaderParameters("", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        }

        var pos = header.IndexOf(';', StringComparison.Ordinal);
        var main = StripComments(pos < 0 ? header : header[..pos]).Trim().ToLowerInvariant();
        pos = pos < 0 ? header.Length : pos;
        while (pos < header.Length)
        {
            while (pos < header.Length && (header[pos] == ';' || char.IsWhiteSpace(header[pos])))
            {
                pos++;
            }

            var nameStart = pos;
            while (pos < header.Length && header[pos] is not ('=' or ';'))
            {
                pos++;
            }

            var name = header[nameStart..pos].Trim();
            if (pos >= header.Length || header[pos] == ';')
            {
                continue;
            }

            pos++;
            while (pos < header.Length && header[pos] is ' ' or '\t')
            {
                pos++;
            }

            string value;
            if (pos < header.Length && header[pos] == '"')
            {
                var sb = new StringBuilder();
                pos++;
                while (pos < header.Length && header[pos] != '"')
                {
                    if (header[pos] == '\\' && pos + 1 < header.Length)
                    {
                        pos++;
                    }

                    sb.Append(header[pos]);
                    pos++;
                }

                pos++;
                value = sb.ToString();
            }
            else
            {
                var valueStart = pos;
                while (pos < header.Length && header[pos] != ';')
                {
                    pos++;
                }

                value = StripComments(header[valueStart..pos]).Trim();
            }

            if (name.Length > 0)
            {
                raw.Add((name, value));
            }
        }

        return new HeaderParameters(main, Assemble(raw, context));
    }

    private static Dictionary<string, string> Assemble(List<(string Name, string Value)> raw, ReadContext? context)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var extended = new Dictionary<string, SortedDictionary<int, (string Value, bool Encoded)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fullName, value) in raw)
        {
            var name = fullName;
            var encoded = name.EndsWith('*');
            if (encoded)
            {
                name = name[..^1];
            }

            var section = -1;
            var star = name.LastIndexOf('*');
            if (star > 0 && int.TryParse(name.AsSpan(star + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < MaxSections)
            {
                section = number;
                name = name[..star];
            }

            if (!encoded && section < 0)
            {
                result.TryAdd(name, value.Contains("=?", StringComparison.Ordinal) ? EncodedWords.Decode(value, context) : value);
                continue;
            }

            if (!extended.TryGetValue(name, out var sections))
            {
                sections = [];
                extended[name] = sections;
            }

            sections.TryAdd(Math.Max(section, 0), (value, encoded));
        }

        foreach (var (name, sections) in extended)
        {
            // RFC 2231 values win over plain ones: mail programs send both, the plain one as an ASCII fallback.
            result[name] = Join(sections, context);
        }

        return result;
    }

    private static string Join(SortedDictionary<int, (string Value, bool Encoded)> sections, ReadContext? context)
    {
        string? charset = null;
        var bytes = new List<byte>();
        var first = true;
        foreach (var (_, (value, encoded)) in sections)
        {
            var text = value;
            if (first && encoded)
            {
                var quote1 = text.IndexOf('\'', StringComparison.Ordinal);
                var quote2 = quote1 < 0 ? -1 : text.IndexOf('\'', quote1 + 1);
                if (quote2 > 0)
                {
                    charset = text[..quote1];
                    text = text[(quote2 + 1)..];
                }
            }

            first = false;
            if (encoded)
            {
                PercentDecode(text, bytes);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text));
            }
        }

        var decoded = string.IsNullOrEmpty(charset)
            ? Charsets.DecodeHeaderBytes([.. bytes])
            : Charsets.Decode([.. bytes], charset, context);
        return decoded.Contains("=?", StringComparison.Ordinal) ? EncodedWords.Decode(decoded, context) : decoded;
    }

    private static void PercentDecode(string text, List<byte> bytes)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((Uri.FromHex(text[i + 1]) << 4) | Uri.FromHex(text[i + 2])));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
    }

    /// <summary>Removes RFC 5322 comments (nested parentheses) from a header value.</summary>
    internal static string StripComments(string value)
    {
        if (!value.Contains('(', StringComparison.Ordinal))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        var depth = 0;
        foreach (var c in value)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
