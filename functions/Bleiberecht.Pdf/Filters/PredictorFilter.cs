using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Filters;

/// <summary>PNG (10–15) and TIFF (2) predictors applied after Flate or LZW (PDF 32000-1 7.4.4.4).</summary>
internal static class PredictorFilter
{
    public static byte[] Apply(byte[] data, PdfDictionary? parameters, long limit)
    {
        var predictor = parameters?.Get("Predictor").AsInteger() ?? 1;
        if (predictor <= 1)
        {
            return data;
        }

        var colors = parameters!.Get("Colors").AsInteger() ?? 1;
        var bpc = parameters.Get("BitsPerComponent").AsInteger() ?? 8;
        var columns = parameters.Get("Columns").AsInteger() ?? 1;
        if (colors is < 1 or > 32 || bpc is not (1 or 2 or 4 or 8 or 16) || columns is < 1 or > 1 << 20)
        {
            throw new PdfReadException(PdfReadError.BadStreamData, "Predictor parameters out of range.");
        }

        var bitsPerPixel = (int)(colors * bpc);
        var rowBytes = (int)(((bitsPerPixel * columns) + 7) / 8);
        var bytesPerPixel = Math.Max(1, bitsPerPixel / 8);
        return predictor == 2 ? Tiff(data, rowBytes, bytesPerPixel, (int)bpc) : Png(data, rowBytes, bytesPerPixel, limit);
    }

    private static byte[] Png(byte[] data, int rowBytes, int bpp, long limit)
    {
        var rows = data.Length / (rowBytes + 1);
        var output = new BoundedBuffer(limit, rows * rowBytes);
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        for (var r = 0; r < rows; r++)
        {
            var offset = r * (rowBytes + 1);
            var type = data[offset];
            Array.Copy(data, offset + 1, current, 0, rowBytes);
            for (var i = 0; i < rowBytes; i++)
            {
                var left = i >= bpp ? current[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                current[i] = type switch
                {
                    1 => (byte)(current[i] + left),
                    2 => (byte)(current[i] + up),
                    3 => (byte)(current[i] + ((left + up) / 2)),
                    4 => (byte)(current[i] + Paeth(left, up, upLeft)),
                    _ => current[i],
                };
            }

            output.Add(current);
            (previous, current) = (current, previous);
        }

        return output.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int rowBytes, int bpp, int bpc)
    {
        if (bpc != 8)
        {
            return data;
        }

        var output = (byte[])data.Clone();
        for (var rowStart = 0; rowStart + rowBytes <= output.Length; rowStart += rowBytes)
        {
            for (var i = bpp; i < rowBytes; i++)
            {
                output[rowStart + i] = (byte)(output[rowStart + i] + output[rowStart + i - bpp]);
            }
        }

        return output;
    }
}
