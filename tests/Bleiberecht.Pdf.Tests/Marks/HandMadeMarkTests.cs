using System.Text;
using Bleiberecht.Pdf.Content;
using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests.Marks;

/// <summary>Ticks as flattening tools leave them in page content: glyphs, paths, inside form XObjects; empty boxes read as empty.</summary>
public sealed class HandMadeMarkTests
{
    private const string Frame = "q 0.6 G 0.75 w 100.375 700.375 11.25 11.25 re S Q\n";
    private static readonly PageRectangle Box = new(100, 700, 112, 712);

    [Fact]
    public void Empty_box_outline_is_no_mark()
    {
        var page = PageOf(Frame);

        Assert.Empty(page.GetMarksInside(Box.Inflate(3)));
        Assert.False(page.HasMarkInside(Box));
    }

    [Fact]
    public void Box_outline_is_found_where_a_box_is_drawn_and_not_on_text_alone()
    {
        var boxed = PageOf(Frame + "BT /F1 10 Tf 118 702.5 Td (Ja) Tj ET\n");
        var textOnly = PageOf("BT /F1 10 Tf 118 702.5 Td (Ja) Tj ET\n");

        var outline = boxed.FindBoxOutline(Box.Inflate(3));

        Assert.NotNull(outline);
        Assert.InRange(outline.Value.Left, 99.5, 100.5);
        Assert.InRange(outline.Value.Top, 711.5, 712.5);
        Assert.Null(textOnly.FindBoxOutline(Box.Inflate(3)));
        Assert.False(textOnly.HasMarkInside(Box.Inflate(3)));
    }

    [Fact]
    public void White_background_bevel_and_frame_drawn_as_two_filled_rectangles_are_no_mark()
    {
        var page = PageOf(
            "1 g 100 700 12 12 re f\n" +
            "0.5 g 100 700 12 12 re 101 701 10 10 re f*\n" +
            "0.75 g 101 701 m 111 701 l 111 702 l 102 702 l 102 711 l 101 711 l h f\n");

        Assert.Empty(page.GetMarksInside(Box.Inflate(3)));
    }

    [Fact]
    public void Zapf_dingbats_check_reads_as_a_glyph_mark_with_its_unicode_text()
    {
        var page = PageOf(Frame + "BT /ZaDb 9 Tf 102 702.5 Td (4) Tj ET\n", zapfDingbats: true);

        var mark = Assert.Single(page.GetMarksInside(Box.Inflate(3)));
        Assert.Equal(PageMarkKind.Glyph, mark.Kind);
        Assert.Equal("\u2714", mark.Text);
        Assert.Contains("\u2714", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 G 1.3 w 1 J 102.6 706.2 m 105 703.4 l 109.6 709.1 l S\n")] // check mark stroke
    [InlineData("0 G 102 702 m 110 710 l 102 710 m 110 702 l S\n")] // cross from corner to corner
    [InlineData("0 g 106 709 m 107.7 709 109 707.7 109 706 c 109 704.3 107.7 703 106 703 c 104.3 703 103 704.3 103 706 c 103 707.7 104.3 709 106 709 c f\n")] // radio dot
    [InlineData("0 g 102.5 702.5 7 7 re f\n")] // filled inner square
    [InlineData("BT /F1 10 Tf 102.7 702.5 Td (X) Tj ET\n")] // a letter X in another font
    public void Tick_drawn_as_path_or_letter_is_a_mark_inside_the_box(string tick)
    {
        var page = PageOf(Frame + tick);

        Assert.True(page.HasMarkInside(Box.Inflate(3)));
        Assert.False(page.HasMarkInside(new PageRectangle(100, 650, 112, 662)));
    }

    [Fact]
    public void Tick_inside_a_scaled_form_xobject_is_found_where_the_page_shows_it()
    {
        // The widget appearance (a 12 x 12 box with a check) placed at (300, 400) and drawn at twice its size, as
        // flattening tools do: "q cm /Fm Do Q".
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm 4 0 R >> >> /Contents 5 0 R >>");
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 12 12] /Matrix [1 0 0 1 0 0]", Encoding.Latin1.GetBytes(
            "q 0.6 G 0.75 w 0.375 0.375 11.25 11.25 re S Q q 0 G 1.3 w 2.6 6.2 m 5 3.4 l 9.6 9.1 l S Q"));
        pdf.AddStream("", Encoding.Latin1.GetBytes("q 2 0 0 2 300 400 cm /Fm Do Q"));
        using var document = PdfDocument.Open(pdf.Build(root));
        var page = document.GetPage(1);

        var mark = Assert.Single(page.GetMarksInside(new PageRectangle(296, 396, 328, 428)));
        Assert.Equal(PageMarkKind.Path, mark.Kind);
        Assert.InRange(mark.Bounds.Left, 303, 306);
        Assert.InRange(mark.Bounds.Top, 417, 420);
        Assert.Equal(2, page.Paths.Count);
        Assert.True(page.Paths[0].IsRectangle);
        Assert.False(page.Paths[1].IsAxisAligned);
    }

    private static Page PageOf(string content, bool zapfDingbats = false)
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /ZaDb 5 0 R >> >> /Contents 6 0 R >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.Add(zapfDingbats ? "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>" : "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content));
        var document = PdfDocument.Open(pdf.Build(root));
        return document.GetPage(1);
    }
}
