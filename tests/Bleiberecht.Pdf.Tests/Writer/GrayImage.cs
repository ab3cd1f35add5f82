using System.Text;

namespace Bleiberecht.Pdf.Tests.Writer;

/// <summary>A binary PGM (P5) as written by <c>pdftoppm -gray</c>, for looking at rendered pixels.</summary>
internal sealed class GrayImage
{
    private readonly byte[] pixels;

    private GrayImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        this.pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static GrayImage Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(data, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++;
        return new GrayImage(width, height, data[position..(position + (width * height))]);
    }

    /// <summary>Counts pixels darker than mid-grey in a region given as fractions of the page (top-left origin).</summary>
    public int DarkPixels(double left, double top, double right, double bottom)
    {
        var count = 0;
        for (var y = (int)(top * Height); y < (int)(bottom * Height); y++)
        {
            for (var x = (int)(left * Width); x < (int)(right * Width); x++)
            {
                if (pixels[(y * Width) + x] < 128)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
