using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>The header fields of one MIME entity and where its body starts.</summary>
internal sealed class HeaderBlock
{
    private readonly List<HeaderField> fields;

    private HeaderBlock(List<HeaderField> fields, int bodyStart)
    {
        this.fields = fields;
        BodyStart = bodyStart;
    }

    public IReadOnlyList<HeaderField> Fields => fields;

    public int BodyStart { get; }

    /// <summary>The first field named <paramref name="name"/>; a duplicate is reported when <paramref name="context"/> is given.</summary>
    public string? Get(string name, ReadContext? context = null)
    {
        string? found = null;
        foreach (var field in fields)
        {
            if (!string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found is null)
            {
                found = field.Value;
            }
            else
            {
                context?.Warn(MailWarningCode.DuplicateHeader, $"{name} appears more than once; the first is used.");
                break;
            }
        }

        return found;
    }

    /// <summary>Reads the header block at the start of <paramref name="data"/> (CRLF or bare LF line ends, folded lines).</summary>
    public static HeaderBlock Parse(ReadOnlySpan<byte> data, ReadContext context)
    {
        var limits = context.Limits;
        var fields = new List<HeaderField>();
        var pos = 0;
        var bodyStart = data.Length;
        string? name = null;
        var valueStart = 0;
        var valueEnd = 0;

        // An mbox "From " separator line before the headers is skipped.
        if (data.StartsWith("From "u8))
        {
            pos = NextLine(data, 0);
        }

        while (pos < data.Length)
        {
            if (pos > limits.MaxHeaderBlockBytes)
            {
                throw new MimeParseException(MimeParseError.HeaderTooLong, $"A header block is longer than {limits.MaxHeaderBlockBytes} bytes.");
            }

            var next = NextLine(data, pos);
            var contentEnd = ContentEnd(data, pos, next);
            if (contentEnd == pos)
            {
                bodyStart = next;
                break;
            }

            var first = data[pos];
            if (first is (byte)' ' or (byte)'\t')
            {
                if (name is not null)
                {
                    valueEnd = contentEnd;
                    if (valueEnd - valueStart > limits.MaxHeaderFieldLength)
                    {
                        throw new MimeParseException(MimeParseError.HeaderTooLong, $"A header field is longer than {limits.MaxHeaderFieldLength} bytes.");
                    }
                }

                pos = next;
                continue;
            }

            var colon = data[pos..contentEnd].IndexOf((byte)':');
            if (colon <= 0 || !IsFieldName(data.Slice(pos, colon)))
            {
                context.Warn(MailWarningCode.MalformedHeader, "A line in the header block is not a header field; the body starts there.");
                bodyStart = pos;
                break;
            }

            if (name is not null)
            {
                fields.Add(new HeaderField(name, Unfold(data[valueStart..valueEnd])));
            }

            if (fields.Count >= limits.MaxHeaderFields)
            {
                throw new MimeParseException(MimeParseError.TooManyHeaders, $"A header block has more than {limits.MaxHeaderFields} fields.");
            }

            name = Encoding.ASCII.GetString(data.Slice(pos, colon)).TrimEnd();
            valueStart = pos + colon + 1;
            valueEnd = contentEnd;
            if (valueEnd - valueStart > limits.MaxHeaderFieldLength)
            {
                throw new MimeParseException(MimeParseError.HeaderTooLong, $"A header field is longer than {limits.MaxHeaderFieldLength} bytes.");
            }

            pos = next;
        }

        if (name is not null)
        {
            fields.Add(new HeaderField(name, Unfold(data[valueStart..valueEnd])));
        }

        return new HeaderBlock(fields, Math.Min(bodyStart, data.Length));
    }

    /// <summary>Index after the line feed ending the line at <paramref name="pos"/> (or the end of data).</summary>
    internal static int NextLine(ReadOnlySpan<byte> data, int pos)
    {
        var lf = data[pos..].IndexOf((byte)'\n');
        return lf < 0 ? data.Length : pos + lf + 1;
    }

    /// <summary>End of a line's content: before its CRLF or LF.</summary>
    internal static int ContentEnd(ReadOnlySpan<byte> data, int pos, int next)
    {
        var end = next;
        if (end > pos && data[end - 1] == (byte)'\n')
        {
            end--;
        }

        if (end > pos && data[end - 1] == (byte)'\r')
        {
            end--;
        }

        return end;
    }

    private static bool IsFieldName(ReadOnlySpan<byte> name)
    {
        // RFC 5322 ftext; trailing white space before the colon is tolerated (obsolete syntax).
        name = name.TrimEnd(" \t"u8);
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (var b in name)
        {
            if (b is < 33 or > 126)
            {
                return false;
            }
        }

        return true;
    }

    private static string Unfold(ReadOnlySpan<byte> raw)
    {
        Span<byte> buffer = raw.Length <= 1024 ? stackalloc byte[raw.Length] : new byte[raw.Length];
        var length = 0;
        foreach (var b in raw)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                buffer[length++] = b;
            }
        }

        return Charsets.DecodeHeaderBytes(buffer[..length]).Trim();
    }
}
