namespace Bleiberecht.Pdf.Filters;

/// <summary>ASCIIHexDecode, ASCII85Decode and RunLengthDecode (PDF 32000-1 7.4.2, 7.4.3, 7.4.5).</summary>
internal static class AsciiFilters
{
    public static byte[] AsciiHex(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedBuffer(limit, (input.Length / 2) + 1);
        var high = -1;
        foreach (var b in input)
        {
            if (b == '>')
            {
                break;
            }

            var v = Parsing.Lexer.HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                output.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }

    public static byte[] Ascii85(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedBuffer(limit, input.Length);
        Span<byte> group = stackalloc byte[5];
        var count = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                output.Repeat(0, 4);
                continue;
            }

            if (b < '!' || b > 'u')
            {
                continue;
            }

            group[count++] = (byte)(b - '!');
            if (count == 5)
            {
                WriteGroup(group, 4, output);
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var k = count; k < 5; k++)
            {
                group[k] = 84;
            }

            WriteGroup(group, count - 1, output);
        }

        return output.ToArray();
    }

    private static void WriteGroup(ReadOnlySpan<byte> group, int bytes, BoundedBuffer output)
    {
        ulong value = 0;
        for (var k = 0; k < 5; k++)
        {
            value = (value * 85) + group[k];
        }

        var word = (uint)value;
        for (var k = 0; k < bytes; k++)
        {
            output.Add((byte)(word >> (24 - (8 * k))));
        }
    }

    public static byte[] RunLength(ReadOnlySpan<byte> input, long limit)
    {
        var output = new BoundedBuffer(limit, input.Length * 2);
        var i = 0;
        while (i < input.Length)
        {
            var n = input[i++];
            if (n == 128)
            {
                break;
            }

            if (n < 128)
            {
                var count = Math.Min(n + 1, input.Length - i);
                output.Add(input.Slice(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                output.Repeat(input[i++], 257 - n);
            }
        }

        return output.ToArray();
    }
}
