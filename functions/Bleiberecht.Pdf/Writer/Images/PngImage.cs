using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Bleiberecht.Pdf.Writer.Images;

/// <summary>
/// PNG to PDF image. Opaque, non-interlaced images pass their zlib data through with a PNG predictor;
/// images with alpha (or a palette with transparency) are decoded and split into colour + /SMask.
/// Interlaced PNGs are rejected.
/// </summary>
internal static class PngImage
{
    private const long MaxPixels = 50_000_000;

    public static ImageXObject Read(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        var header = PngChunks.Read(png);
        var (width, height, depth, colorType) = (header.Width, header.Height, header.BitDepth, header.ColorType);
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        var validDepth = colorType switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        if (channels == 0 || !validDepth)
        {
            throw new ImageFormatException($"PNG colour type {colorType} with bit depth {depth} is not valid.");
        }

        if ((long)width * height > MaxPixels)
        {
            throw new ImageFormatException($"PNG of {width}×{height} pixels is larger than the limit of {MaxPixels} pixels.");
        }

        if (header.Interlaced)
        {
            throw new ImageFormatException("Interlaced PNG is not supported; save the image without interlacing.");
        }

        if (colorType == 3 && header.Palette is null)
        {
            throw new ImageFormatException("Palette PNG without a PLTE chunk.");
        }

        var colorSpace = colorType switch
        {
            0 or 4 => "/DeviceGray",
            2 or 6 => "/DeviceRGB",
            _ => string.Create(CultureInfo.InvariantCulture, $"[/Indexed /DeviceRGB {(header.Palette!.Length / 3) - 1} {PdfSyntax.HexString(header.Palette)}]"),
        };

        var hasAlpha = colorType is 4 or 6 || (colorType == 3 && header.Transparency is not null);
        if (!hasAlpha)
        {
            var colorKey = ColorKeyMask(colorType, header.Transparency);
            var entries = string.Create(
                CultureInfo.InvariantCulture,
                $" /ColorSpace {colorSpace} /BitsPerComponent {depth} /Filter /FlateDecode /DecodeParms <</Predictor 15 /Colors {channels} /BitsPerComponent {depth} /Columns {width}>>{colorKey}");
            return new ImageXObject(width, height, entries, header.ImageData, null);
        }

        var expected = ((((long)width * channels * depth) + 7) / 8 + 1) * height;
        var pixels = Unfilter(Inflate(header.ImageData, expected), width, height, channels * depth);
        return colorType == 3
            ? SplitPalette(pixels, width, height, depth, colorSpace, header.Transparency!)
            : SplitAlpha(pixels, width, height, channels, depth, colorSpace);
    }

    private static string ColorKeyMask(int colorType, byte[]? transparency)
    {
        if (transparency is null)
        {
            return string.Empty;
        }

        var values = colorType switch
        {
            0 when transparency.Length >= 2 => [BinaryPrimitives.ReadUInt16BigEndian(transparency)],
            2 when transparency.Length >= 6 => new[]
            {
                BinaryPrimitives.ReadUInt16BigEndian(transparency),
                BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(2)),
                BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(4)),
            },
            _ => Array.Empty<ushort>(),
        };
        return values.Length == 0 ? string.Empty : " /Mask [" + string.Join(' ', values.Select(v => $"{v} {v}")) + "]";
    }

    private static ImageXObject SplitAlpha(byte[] pixels, int width, int height, int channels, int depth, string colorSpace)
    {
        var colorChannels = channels - 1;
        var bytesPerSample = depth / 8;
        var color = new byte[width * height * colorChannels * bytesPerSample];
        var alpha = new byte[width * height];
        var stride = width * channels * bytesPerSample;
        var c = 0;
        var a = 0;
        for (var y = 0; y < height; y++)
        {
            var row = y * stride;
            for (var x = 0; x < width; x++)
            {
                var pixel = row + (x * channels * bytesPerSample);
                var colorBytes = colorChannels * bytesPerSample;
                pixels.AsSpan(pixel, colorBytes).CopyTo(color.AsSpan(c));
                c += colorBytes;
                alpha[a++] = pixels[pixel + colorBytes]; // high byte for 16-bit alpha
            }
        }

        var mask = new ImageXObject(width, height, " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", PdfObjectWriter.Deflate(alpha), null);
        return new ImageXObject(width, height, $" /ColorSpace {colorSpace} /BitsPerComponent {depth} /Filter /FlateDecode", PdfObjectWriter.Deflate(color), mask);
    }

    private static ImageXObject SplitPalette(byte[] pixels, int width, int height, int depth, string colorSpace, byte[] transparency)
    {
        var stride = (int)((((long)width * depth) + 7) / 8);
        var alpha = new byte[width * height];
        var perByte = 8 / depth;
        var maskBits = (1 << depth) - 1;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var b = pixels[(y * stride) + (x / perByte)];
                var index = (b >> ((perByte - 1 - (x % perByte)) * depth)) & maskBits;
                alpha[(y * width) + x] = index < transparency.Length ? transparency[index] : (byte)255;
            }
        }

        var mask = new ImageXObject(width, height, " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", PdfObjectWriter.Deflate(alpha), null);
        return new ImageXObject(width, height, $" /ColorSpace {colorSpace} /BitsPerComponent {depth} /Filter /FlateDecode", PdfObjectWriter.Deflate(pixels), mask);
    }

    /// <summary>Inflates at most <paramref name="expected"/> bytes (what the dimensions need), so a zip bomb cannot exhaust memory.</summary>
    private static byte[] Inflate(byte[] zlib, long expected)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            while (output.Length < expected)
            {
                var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, expected - output.Length));
                if (read == 0)
                {
                    break;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            throw new ImageFormatException("The PNG image data is not valid zlib data.", exception);
        }
    }

    /// <summary>Reverses the PNG scanline filters; returns rows without their filter bytes.</summary>
    private static byte[] Unfilter(byte[] filtered, int width, int height, int bitsPerPixel)
    {
        var stride = (int)((((long)width * bitsPerPixel) + 7) / 8);
        var bpp = Math.Max(1, bitsPerPixel / 8);
        if (filtered.Length < (long)(stride + 1) * height)
        {
            throw new ImageFormatException("The PNG image data is shorter than its dimensions require.");
        }

        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = filtered.AsSpan((y * (stride + 1)) + 1, stride);
            var row = result.AsSpan(y * stride, stride);
            var previous = y == 0 ? Span<byte>.Empty : result.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0;
                int up = previous.IsEmpty ? 0 : previous[i];
                int upLeft = i >= bpp && !previous.IsEmpty ? previous[i - bpp] : 0;
                row[i] = filter switch
                {
                    0 => source[i],
                    1 => (byte)(source[i] + left),
                    2 => (byte)(source[i] + up),
                    3 => (byte)(source[i] + ((left + up) / 2)),
                    4 => (byte)(source[i] + Paeth(left, up, upLeft)),
                    _ => throw new ImageFormatException($"Unknown PNG filter type {filter}."),
                };
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
