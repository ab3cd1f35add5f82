using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Filters;

/// <summary>LZWDecode with EarlyChange (PDF 32000-1 7.4.4.2), bounded output.</summary>
internal static class LzwFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, int earlyChange, long limit, ReadBudget? budget)
    {
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var first = new byte[4096];
        var length = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            suffix[i] = (byte)i;
            first[i] = (byte)i;
            length[i] = 1;
            prefix[i] = -1;
        }

        var output = new BoundedBuffer(limit, Math.Max(4096, input.Length * 3));
        var scratch = new byte[4096];
        var codeLength = 9;
        var next = 258;
        var previous = -1;
        long bitBuffer = 0;
        var bits = 0;
        var position = 0;
        while (true)
        {
            budget?.Tick();
            while (bits < codeLength && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bits += 8;
            }

            if (bits < codeLength)
            {
                break;
            }

            var code = (int)((bitBuffer >> (bits - codeLength)) & ((1 << codeLength) - 1));
            bits -= codeLength;
            if (code == 256)
            {
                codeLength = 9;
                next = 258;
                previous = -1;
                continue;
            }

            if (code == 257)
            {
                break;
            }

            if (previous < 0)
            {
                if (code > 255)
                {
                    break;
                }

                output.Add((byte)code);
                previous = code;
                continue;
            }

            if (code < next)
            {
                Emit(code);
                if (next < 4096)
                {
                    Add(previous, first[code]);
                }
            }
            else if (code == next && next < 4096)
            {
                Add(previous, first[previous]);
                Emit(code);
            }
            else
            {
                break;
            }

            previous = code;
            if (next + earlyChange >= (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }
        }

        return output.ToArray();

        void Add(int p, byte c)
        {
            prefix[next] = p;
            suffix[next] = c;
            first[next] = first[p];
            length[next] = length[p] + 1;
            next++;
        }

        void Emit(int code)
        {
            var n = length[code];
            for (int i = n - 1, c = code; i >= 0; i--, c = prefix[c])
            {
                scratch[i] = suffix[c];
            }

            output.Add(scratch.AsSpan(0, n));
        }
    }
}
