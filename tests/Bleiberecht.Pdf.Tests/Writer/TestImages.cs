using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Writer;

/// <summary>Writes small PNG files for image tests (filter type 0 rows).</summary>
internal static class TestImages
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    /// <summary>A PNG whose pixel bytes (without filter bytes) come from <paramref name="pixel"/> per (x, y).</summary>
    public static byte[] Png(int width, int height, int colorType, int bitDepth, Func<int, int, byte[]> pixel, byte[]? palette = null, byte[]? transparency = null)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            if (bitDepth < 8)
            {
                var bits = new byte[((width * bitDepth) + 7) / 8];
                for (var x = 0; x < width; x++)
                {
                    var value = pixel(x, y)[0];
                    bits[x * bitDepth / 8] |= (byte)(value << (8 - bitDepth - (x * bitDepth % 8)));
                }

                raw.Write(bits);
            }
            else
            {
                for (var x = 0; x < width; x++)
                {
                    raw.Write(pixel(x, y));
                }
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)bitDepth;
        header[9] = (byte)colorType;
        Chunk(png, "IHDR", header);
        if (palette is not null)
        {
            Chunk(png, "PLTE", palette);
        }

        if (transparency is not null)
        {
            Chunk(png, "tRNS", transparency);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A 40×30 RGBA PNG: red on the left, blue on the right, alpha fading top to bottom.</summary>
    public static byte[] RgbaGradient() =>
        Png(40, 30, 6, 8, (x, y) => x < 20 ? [255, 0, 0, (byte)(255 - (y * 8))] : [0, 0, 255, (byte)(255 - (y * 8))]);

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typed)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        Span<byte> check = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(check, crc ^ 0xFFFFFFFF);
        png.Write(check);
    }
}
