using System.IO.Compression;
using System.Runtime.InteropServices;
using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Filters;

/// <summary>FlateDecode (zlib/deflate), tolerant of a missing or wrong zlib header and checksum, bounded output.</summary>
internal static class FlateFilter
{
    public static byte[] Decode(ReadOnlyMemory<byte> input, long limit, ReadBudget? budget)
    {
        var span = input.Span;
        var skip = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0 ? 2 : 0;
        var slice = input[skip..];
        var array = MemoryMarshal.TryGetArray(slice, out var segment) ? segment : new ArraySegment<byte>(slice.ToArray());
        using var source = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);
        var output = new BoundedBuffer(limit, Math.Max(4096, input.Length * 4));
        var chunk = new byte[65536];
        try
        {
            while (true)
            {
                budget?.CheckTime();
                var read = deflate.Read(chunk, 0, chunk.Length);
                if (read <= 0)
                {
                    break;
                }

                output.Add(chunk.AsSpan(0, read));
            }
        }
        catch (InvalidDataException ex)
        {
            // Truncated or corrupt deflate data: keep what decoded cleanly, as viewers do; nothing at all is an error.
            if (output.Count == 0)
            {
                throw new PdfReadException(PdfReadError.BadStreamData, "Corrupt Flate data.", ex);
            }
        }

        return output.ToArray();
    }
}
