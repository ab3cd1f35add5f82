using Bleiberecht.Pdf.Content;
using Bleiberecht.Pdf.Tests.Support;
using Bleiberecht.Pdf.Tests.Writer;

namespace Bleiberecht.Pdf.Tests.Marks;

/// <summary>
/// Forms made by other producers, flattened by qpdf: pdf-lib's check boxes and radio buttons (paths: a check, a
/// circle with a dot) and LibreOffice's check box (a glyph of an embedded symbol font, no outline when off; pdf-lib
/// filled it without appearances, so qpdf generates them first).
/// </summary>
public sealed class OtherProducersMarkTests : IDisposable
{
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Pdf_lib_check_boxes_and_radio_buttons_flattened_show_marks_only_where_selected()
    {
        using var document = PdfDocument.Open(await QpdfFlattenAsync("form-pdflib-filled.pdf"));
        var (first, second) = (document.GetPage(1), document.GetPage(2));

        Assert.True(second.HasMarkInside(Square(50, 700, 15)));   // consent: checked
        Assert.Empty(second.GetMarksInside(Square(50, 670, 15))); // marketing: not checked
        Assert.Empty(first.GetMarksInside(Square(50, 500, 15)));  // geduldet
        Assert.True(first.HasMarkInside(Square(80, 500, 15)));    // gestattet: selected
        Assert.Empty(first.GetMarksInside(Square(110, 500, 15))); // sonstiges
    }

    [Theory]
    [InlineData("form-libreoffice-filled.pdf", true)]
    [InlineData("form-libreoffice-empty.pdf", false)]
    public async Task Libre_office_check_box_flattened_is_a_glyph_mark_when_checked(string fixture, bool isChecked)
    {
        using var document = PdfDocument.Open(await QpdfFlattenAsync(fixture));

        var marks = document.GetPage(1).GetMarksInside(new PageRectangle(126.5, 693.7, 134.6, 701.7).Inflate(3));

        Assert.Equal(isChecked, marks.Count > 0);
        Assert.All(marks, m => Assert.Equal(PageMarkKind.Glyph, m.Kind));
    }

    private static PageRectangle Square(double x, double y, double size) => new PageRectangle(x, y, x + size, y + size).Inflate(3);

    private async Task<byte[]> QpdfFlattenAsync(string fixture)
    {
        var output = temp.PathOf("flat-" + fixture);
        var (exit, _, error) = await ExternalTool.RunAsync("qpdf", "--generate-appearances", "--flatten-annotations=all", Fixtures.PathOf(fixture), output);
        Assert.True(exit is 0 or 3, error);
        return await File.ReadAllBytesAsync(output);
    }
}
