using System.Buffers.Binary;

namespace Bleiberecht.Pdf.Writer.Images;

/// <summary>The chunks of a PNG file this library uses: IHDR, PLTE, tRNS and the joined IDAT data.</summary>
internal sealed record PngChunks(int Width, int Height, int BitDepth, int ColorType, bool Interlaced, byte[]? Palette, byte[]? Transparency, byte[] ImageData)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngChunks Read(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new ImageFormatException("The data is not a PNG file (bad signature).");
        }

        int? width = null, height = null;
        int depth = 0, colorType = 0;
        var interlaced = false;
        byte[]? palette = null, transparency = null;
        using var data = new MemoryStream();
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var type = png.AsSpan(position + 4, 4);
            if (length > (uint)(png.Length - position - 12)) // non-negative: the loop keeps 12 bytes in view
            {
                throw new ImageFormatException("A PNG chunk runs past the end of the file.");
            }

            var body = png.AsSpan(position + 8, (int)length);
            if (type.SequenceEqual("IHDR"u8) && length >= 13)
            {
                width = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(body), int.MaxValue);
                height = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(body[4..]), int.MaxValue);
                depth = body[8];
                colorType = body[9];
                interlaced = body[12] != 0;
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = body.ToArray();
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                transparency = body.ToArray();
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                data.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            position += 12 + (int)length;
        }

        if (width is not > 0 || height is not > 0)
        {
            throw new ImageFormatException("The PNG has no valid IHDR chunk.");
        }

        if (data.Length == 0)
        {
            throw new ImageFormatException("The PNG has no image data (IDAT).");
        }

        if (palette is not null && (palette.Length % 3 != 0 || palette.Length == 0 || palette.Length > 768))
        {
            throw new ImageFormatException("The PNG palette is malformed.");
        }

        return new PngChunks(width.Value, height.Value, depth, colorType, interlaced, palette, transparency, data.ToArray());
    }
}
