using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Forms;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class RenderingAndStructureTests : IDisposable
{
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(PdfConformance.None)]
    [InlineData(PdfConformance.PdfA2B)]
    public async Task Document_using_every_feature_passes_qpdf_check(PdfConformance conformance)
    {
        var pdf = temp.Write(EveryFeature(conformance));

        await ExternalTool.AssertQpdfCheckPassesAsync(pdf);
    }

    [Fact]
    public async Task Pdftoppm_renders_text_where_it_was_drawn_and_leaves_the_rest_white()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        // Large dark text in the top-left quarter only.
        page.AddText("Härtefall §", 40, new PdfPoint(40, 700), builder.AddStandardSans(bold: true));
        var pdf = temp.Write(builder.Build());

        var png = await ExternalTool.RunAsync("pdftoppm", "-png", "-r", "40", "-singlefile", pdf, temp.PathOf("page"));
        var pgm = await ExternalTool.RunAsync("pdftoppm", "-gray", "-r", "40", "-singlefile", pdf, temp.PathOf("page"));

        Assert.Equal(0, png.ExitCode);
        Assert.Equal(0, pgm.ExitCode);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(temp.PathOf("page.png"))[..4]);
        var image = GrayImage.Read(temp.PathOf("page.pgm"));
        Assert.True(image.DarkPixels(0, 0.1, 0.7, 0.2) > 200, "the text region should be inked");
        Assert.Equal(0, image.DarkPixels(0, 0.3, 1, 1));
    }

    [Fact]
    public async Task Links_are_link_annotations_with_the_target_uri()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Mehr Informationen", 12, new PdfPoint(50, 700), builder.AddStandardSans());
        page.AddLink(new PdfRectangle(50, 695, 120, 16), new Uri("https://www.dortmund.de/bleiberecht"));
        var pdf = temp.Write(builder.Build());

        var (exit, output, _) = await ExternalTool.RunAsync("qpdf", "--json", "--json-key=qpdf", pdf);

        Assert.Equal(0, exit);
        Assert.Contains("\"/Subtype\": \"/Link\"", output, StringComparison.Ordinal);
        Assert.Contains("https://www.dortmund.de/bleiberecht", output, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => page.AddLink(new PdfRectangle(0, 0, 1, 1), new Uri("file:///etc/passwd")));
    }

    [Fact]
    public async Task Metadata_reaches_the_info_dictionary()
    {
        var builder = new PdfDocumentBuilder
        {
            Information = new PdfDocumentInformation { Title = "Einschätzung des Ausschusses", Author = "Geschäftsstelle", Subject = "Härtefall", Creator = "Bleiberecht Functions", Language = "de-DE" },
        };
        builder.AddPage(PageSize.A4).AddText("x", 10, new PdfPoint(50, 50), builder.AddStandardSans());
        var pdf = temp.Write(builder.Build());

        var (_, info, _) = await ExternalTool.RunAsync("pdfinfo", pdf);

        Assert.Contains("Einschätzung des Ausschusses", info, StringComparison.Ordinal);
        Assert.Contains("Geschäftsstelle", info, StringComparison.Ordinal);
        Assert.Contains("Bleiberecht Functions", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_without_pages_fails_clearly()
    {
        Assert.Throws<InvalidOperationException>(() => new PdfDocumentBuilder().Build());
    }

    internal static byte[] EveryFeature(PdfConformance conformance)
    {
        var builder = new PdfDocumentBuilder
        {
            Conformance = conformance,
            Information = new PdfDocumentInformation { Title = "Alles", Author = "Test", Language = "de-DE" },
        };
        var font = builder.AddStandardSans();
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Grüße „Zitat“ € § Łódź Şırnak محمد", 12, new PdfPoint(40, 800), font);
        page.SetStrokeColor(new PdfColor(0.2, 0.3, 0.8));
        page.DrawLine(new PdfPoint(40, 790), new PdfPoint(550, 790), 0.5);
        page.DrawRectangle(new PdfPoint(40, 700), 100, 50);
        page.FillRectangle(new PdfRectangle(160, 700, 100, 50), PdfColor.LightGray);
        page.AddPng(TestImages.RgbaGradient(), new PdfRectangle(300, 700, 80, 60));
        page.AddLink(new PdfRectangle(40, 650, 100, 20), new Uri("https://example.org/"));
        page.AddTextField("name", new PdfRectangle(40, 600, 200, 20), new TextFieldOptions { Value = "Ayşe" });
        page.AddCheckBox("ok", new PdfRectangle(40, 570, 12, 12), true);
        page.AddSignatureField("sig", new PdfRectangle(40, 500, 200, 50));
        builder.AddPage(PageSize.A4.Landscape()).AddText("Seite zwei", 12, new PdfPoint(40, 500), font);
        return builder.Build();
    }
}
