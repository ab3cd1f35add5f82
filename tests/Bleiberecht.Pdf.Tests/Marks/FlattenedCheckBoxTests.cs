using Bleiberecht.Pdf.Content;
using Bleiberecht.Pdf.Tests.Writer;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Testing;

namespace Bleiberecht.Pdf.Tests.Marks;

/// <summary>
/// Check boxes of our writer's form, ticked or not, flattened by independent tools (pdf-lib, qpdf, poppler's cairo
/// printing): the tick is page content afterwards, and only the ticked box shows a mark.
/// </summary>
public sealed class FlattenedCheckBoxTests : IDisposable
{
    private static readonly string PdfLibScript = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Writer", "Node", "pdf-lib-form.mjs");
    private static readonly PageRectangle Ticked = new(50, 590, 62, 602);
    private static readonly PageRectangle TickedByPdfLib = new(50, 570, 62, 582);
    private static readonly PageRectangle Unticked = new(50, 550, 62, 562);
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Pdf_lib_flatten_leaves_the_ticks_as_marks_and_empty_boxes_without()
    {
        var input = temp.Write(Form());
        var output = temp.PathOf("flat.pdf");
        var (exit, _, error) = await NodeProcess.RunAsync(PdfLibScript, [input, output, "pdflib=true"], timeout: TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, error);

        AssertTicks(File.ReadAllBytes(output), pdfLibTicked: true);
    }

    [Fact]
    public async Task Qpdf_flatten_annotations_leaves_the_ticks_as_marks_and_empty_boxes_without()
    {
        var input = temp.Write(Form());
        var output = temp.PathOf("flat.pdf");
        var (exit, _, error) = await ExternalTool.RunAsync("qpdf", "--flatten-annotations=all", input, output);
        Assert.True(exit is 0 or 3, error);

        AssertTicks(File.ReadAllBytes(output), pdfLibTicked: false);
    }

    [Fact]
    public async Task Printed_by_poppler_cairo_the_ticks_are_marks_and_empty_boxes_are_not()
    {
        var input = temp.Write(Form());
        var output = temp.PathOf("printed.pdf");
        var (exit, _, error) = await ExternalTool.RunAsync("pdftocairo", "-pdf", input, output);
        Assert.True(exit == 0, error);

        AssertTicks(File.ReadAllBytes(output), pdfLibTicked: false);
    }

    private static void AssertTicks(byte[] flattened, bool pdfLibTicked)
    {
        using var document = PdfDocument.Open(flattened);
        Assert.False(document.TryGetForm(out var form) && form.Fields.Count > 0);
        var page = document.GetPage(1);

        Assert.True(page.HasMarkInside(Ticked.Inflate(3)));
        Assert.Equal(pdfLibTicked, page.HasMarkInside(TickedByPdfLib.Inflate(3)));
        Assert.Empty(page.GetMarksInside(Unticked.Inflate(3)));
        Assert.Contains("Einwilligung", page.Text, StringComparison.Ordinal);
    }

    private static byte[] Form()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        var page = builder.AddPage(PageSize.A4);
        page.AddCheckBox("ours", new PdfRectangle(Ticked.Left, Ticked.Bottom, 12, 12), isChecked: true);
        page.AddText("Einwilligung", 10, new PdfPoint(68, 593), font);
        page.AddCheckBox("pdflib", new PdfRectangle(TickedByPdfLib.Left, TickedByPdfLib.Bottom, 12, 12));
        page.AddText("Von pdf-lib angekreuzt", 10, new PdfPoint(68, 573), font);
        page.AddCheckBox("leer", new PdfRectangle(Unticked.Left, Unticked.Bottom, 12, 12));
        page.AddText("Nicht angekreuzt", 10, new PdfPoint(68, 553), font);
        return builder.Build();
    }
}
