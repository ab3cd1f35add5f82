namespace Bleiberecht.Pdf.Writer.Images;

/// <summary>JPEG pass-through: the file becomes a DCTDecode stream; only the frame header is read.</summary>
internal static class JpegImage
{
    public static ImageXObject Read(byte[] jpeg)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ImageFormatException("The data is not a JPEG file (no SOI marker).");
        }

        var adobe = false;
        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                throw new ImageFormatException("The JPEG marker structure is broken.");
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }

            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            if (length < 2 || position + 2 + length > jpeg.Length)
            {
                throw new ImageFormatException("A JPEG segment runs past the end of the file.");
            }

            var segment = position + 4;
            if (marker == 0xEE && length >= 7 && jpeg.AsSpan(segment, 5).SequenceEqual("Adobe"u8))
            {
                adobe = true;
            }

            if (marker is (>= 0xC0 and <= 0xCF) and not (0xC4 or 0xC8 or 0xCC))
            {
                if (length < 8)
                {
                    throw new ImageFormatException("The JPEG frame header is too short.");
                }

                var bits = jpeg[segment];
                var height = (jpeg[segment + 1] << 8) | jpeg[segment + 2];
                var width = (jpeg[segment + 3] << 8) | jpeg[segment + 4];
                var components = jpeg[segment + 5];
                if (width == 0 || height == 0)
                {
                    throw new ImageFormatException("The JPEG has no dimensions (DNL-defined heights are not supported).");
                }

                var colorSpace = components switch
                {
                    1 => "/DeviceGray",
                    3 => "/DeviceRGB",
                    4 => "/DeviceCMYK",
                    _ => throw new ImageFormatException($"JPEG with {components} components is not supported."),
                };
                var decode = components == 4 && adobe ? " /Decode [1 0 1 0 1 0 1 0]" : string.Empty;
                return new ImageXObject(width, height, $" /ColorSpace {colorSpace} /BitsPerComponent {bits} /Filter /DCTDecode{decode}", jpeg, null);
            }

            position += 2 + length;
        }

        throw new ImageFormatException("The JPEG has no frame header (SOF).");
    }
}
