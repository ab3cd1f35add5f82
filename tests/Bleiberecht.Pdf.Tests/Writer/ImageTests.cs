using System.Globalization;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Images;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class ImageTests : IDisposable
{
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Png_with_alpha_gets_a_soft_mask_and_renders_its_colours()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddPng(TestImages.RgbaGradient(), new PdfRectangle(0, 0, 595.2756, 841.8898));
        var pdf = temp.Write(builder.Build());

        var images = await ImageListAsync(pdf);
        var render = await ExternalTool.RunAsync("pdftoppm", "-gray", "-r", "20", "-singlefile", pdf, temp.PathOf("page"));

        Assert.Contains(images, i => i.Type == "image" && i.Width == 40 && i.Height == 30 && i.Color == "rgb");
        Assert.Contains(images, i => i.Type == "smask" && i.Width == 40 && i.Height == 30);
        Assert.Equal(0, render.ExitCode);
        var page = GrayImage.Read(temp.PathOf("page.pgm"));
        Assert.True(page.DarkPixels(0.55, 0.02, 0.98, 0.3) > 0, "opaque blue at the top right is dark in grey");
    }

    [Fact]
    public async Task Palette_grey_16_bit_and_jpeg_images_are_embedded_with_their_sizes()
    {
        var palette = TestImages.Png(16, 8, 3, 4, (x, _) => [(byte)(x % 3)], palette: [255, 0, 0, 0, 255, 0, 0, 0, 255]);
        var paletteAlpha = TestImages.Png(16, 8, 3, 8, (x, _) => [(byte)(x % 2)], palette: [0, 0, 0, 255, 255, 255], transparency: [0]);
        var gray = TestImages.Png(10, 10, 0, 8, (x, y) => [(byte)((x + y) * 12)]);
        var deep = TestImages.Png(5, 7, 2, 16, (x, _) => [(byte)(x * 50), 0, 0, 0, 0, 0]);
        var jpeg = await JpegFromPdfAsync();

        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(palette, new PdfRectangle(10, 700, 64, 32));
        page.AddPng(paletteAlpha, new PdfRectangle(100, 700, 64, 32));
        page.AddPng(gray, new PdfRectangle(200, 700, 40, 40));
        page.AddPng(deep, new PdfRectangle(300, 700, 20, 28));
        var jpegImage = page.AddJpeg(jpeg, new PdfRectangle(10, 400, 200, 200));
        page.AddImage(jpegImage, new PdfRectangle(300, 400, 100, 100));
        var pdf = temp.Write(builder.Build());

        var images = await ImageListAsync(pdf);
        await ExternalTool.AssertQpdfCheckPassesAsync(pdf);

        Assert.Contains(images, i => i.Width == 16 && i.Color == "index" && i.Bits == 4);
        Assert.Contains(images, i => i.Width == 16 && i.Type == "smask");
        Assert.Contains(images, i => i.Width == 10 && i.Color == "gray" && i.Bits == 8);
        Assert.Contains(images, i => i.Width == 5 && i.Height == 7 && i.Bits == 16);
        Assert.Equal(2, images.Count(i => i.Encoding == "jpeg"));
        Assert.Single(images.Where(i => i.Encoding == "jpeg").Select(i => i.Object).Distinct());
    }

    [Fact]
    public void Damaged_png_bytes_fail_only_with_ImageFormatException()
    {
        var valid = TestImages.RgbaGradient();
        var property = Prop.ForAll(
            Arb.From(Gen.Choose(0, valid.Length - 1).Select(i => i).ArrayOf()),
            Arb.From(Gen.Choose(0, 255)),
            (positions, value) =>
            {
                var damaged = (byte[])valid.Clone();
                foreach (var position in positions)
                {
                    damaged[position] = (byte)value;
                }

                try
                {
                    new PdfDocumentBuilder().AddPng(damaged);
                }
                catch (ImageFormatException)
                {
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
        Assert.Throws<ImageFormatException>(() => new PdfDocumentBuilder().AddJpeg([1, 2, 3, 4]));
    }

    [Fact]
    public void Cmyk_jpeg_is_refused_in_PdfA_mode_with_a_clear_message()
    {
        // A frame header is all the writer reads: SOI, APP14 "Adobe", SOF0 with 4 components.
        byte[] cmyk = [0xFF, 0xD8, 0xFF, 0xEE, 0x00, 0x0E, (byte)'A', (byte)'d', (byte)'o', (byte)'b', (byte)'e', 0, 100, 0, 0, 0, 0, 2,
            0xFF, 0xC0, 0x00, 0x14, 8, 0, 16, 0, 16, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, 0xFF, 0xD9];
        var builder = new PdfDocumentBuilder { Conformance = PdfConformance.PdfA2B };
        builder.AddPage(PageSize.A4).AddJpeg(cmyk, new PdfRectangle(0, 0, 16, 16));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("CMYK", error.Message, StringComparison.Ordinal);
        builder.Conformance = PdfConformance.None;
        Assert.True(builder.Build().AsSpan().IndexOf("/Decode [1 0 1 0 1 0 1 0]"u8) >= 0, "an Adobe CMYK JPEG needs the inverted /Decode");
    }

    private async Task<byte[]> JpegFromPdfAsync()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(new PageSize(100, 100)).AddText("JPEG", 30, new PdfPoint(5, 40), builder.AddStandardSans());
        var source = temp.Write(builder.Build(), "source.pdf");
        var (exit, _, error) = await ExternalTool.RunAsync("pdftoppm", "-jpeg", "-r", "72", "-singlefile", source, temp.PathOf("photo"));
        Assert.True(exit == 0, error);
        return File.ReadAllBytes(temp.PathOf("photo.jpg"));
    }

    private static async Task<List<(string Type, int Width, int Height, string Color, int Bits, string Encoding, string Object)>> ImageListAsync(string pdf)
    {
        var (exit, output, error) = await ExternalTool.RunAsync("pdfimages", "-list", pdf);
        Assert.True(exit == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (c[2], int.Parse(c[3], CultureInfo.InvariantCulture), int.Parse(c[4], CultureInfo.InvariantCulture), c[5], int.Parse(c[7], CultureInfo.InvariantCulture), c[8], c[10]))
            .ToList();
    }
}
