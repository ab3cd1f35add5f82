using Bleiberecht.Pdf.Writer;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class TextAndFontTests : IDisposable
{
    private const string German = "Grüße aus Köln: Ärger, Öl, Übermaß – „Härtefall“ kostet 12,50 € nach § 23a AufenthG.";
    private const string Names = "Łukasz Żółkiewski, Ayşe Yılmaz aus İğdır, محمد علي";
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task German_special_characters_come_back_from_pdftotext()
    {
        var pdf = temp.Write(SinglePage(German));

        var text = await ExternalTool.PdfToTextAsync(pdf);

        Assert.Contains(German, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polish_Turkish_and_Arabic_names_render_without_missing_glyphs_and_are_extractable()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        Assert.True(font.CanRender(Names));
        builder.AddPage(PageSize.A4).AddText(Names, 12, new PdfPoint(50, 750), font);
        var pdf = temp.Write(builder.Build());

        var text = await ExternalTool.PdfToTextAsync(pdf);

        Assert.Contains("Łukasz Żółkiewski, Ayşe Yılmaz aus İğdır", text, StringComparison.Ordinal);
        Assert.Contains("محمد", text, StringComparison.Ordinal);
        Assert.Contains("علي", text, StringComparison.Ordinal);
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_and_Persian_names_join_and_read_back_in_logical_order_in_pdfjs()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Herr Gholam سلام علي aus Kabul, احمد رضایی", 12, new PdfPoint(50, 750), font);
        var pdf = temp.Write(builder.Build());

        var (exit, output, error) = await Bleiberecht.Testing.NodeProcess.RunAsync(
            Path.Combine(Bleiberecht.Testing.RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Writer", "Node", "pdfjs-read.mjs"), [pdf]);

        Assert.True(exit == 0, error);
        var text = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("pages")[0].GetString()!;
        foreach (var word in (string[])["Herr", "Gholam", "سلام", "علي", "aus", "Kabul", "احمد", "رضایی"])
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        // Joined (contextual) forms are narrower than the isolated letters they replace.
        var isolated = "\uFEE1\uFEA3\uFEE1\uFEA9";
        Assert.True(font.MeasureText("محمد", 12) < font.MeasureText(isolated, 12));
    }

    [Fact]
    public async Task Pdffonts_shows_every_font_embedded_as_a_subset_with_ToUnicode()
    {
        var pdf = temp.Write(SinglePage(German + " " + Names, bold: "Überschrift"));

        var (exit, output, _) = await ExternalTool.RunAsync("pdffonts", pdf);

        Assert.Equal(0, exit);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("+LiberationSans ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("+LiberationSans-Bold", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("+DejaVuSans", StringComparison.Ordinal));
        Assert.All(rows, row =>
        {
            Assert.Contains("CID TrueType", row, StringComparison.Ordinal);
            Assert.Contains("Identity-H", row, StringComparison.Ordinal);
            Assert.Matches(@"yes\s+yes\s+yes", row);
        });
    }

    [Fact]
    public void Subsetting_keeps_a_text_page_far_smaller_than_the_fonts()
    {
        var pdf = SinglePage(German + " " + Names, bold: "Überschrift");

        Assert.True(pdf.Length < 60_000, $"A one-page document took {pdf.Length} bytes.");
    }

    [Fact]
    public void Characters_no_shipped_font_has_are_drawn_as_question_marks_not_dropped()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        Assert.False(font.CanRender("\u4E2D"));
        Assert.Equal(font.MeasureText("a?b", 10), font.MeasureText("a\u4E2Db", 10), 3);
    }

    [Fact]
    public async Task Kerned_text_is_tighter_and_still_extracts_without_extra_spaces()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        var page = builder.AddPage(PageSize.A4);
        var width = page.AddText("AVATAR Tagesordnung", 14, new PdfPoint(50, 750), font);
        var pdf = temp.Write(builder.Build());

        var unkerned = "AVATAR Tagesordnung".Sum(c => font.MeasureText(c.ToString(), 14));
        Assert.True(width < unkerned - 1, $"kerned {width} vs unkerned {unkerned}");
        Assert.Equal(width, font.MeasureText("AVATAR Tagesordnung", 14), 6);
        Assert.Contains("AVATAR Tagesordnung", await ExternalTool.PdfToTextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_content_and_clock_give_identical_bytes()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

        var first = SinglePage(German, clock: clock);
        var second = SinglePage(German, clock: clock);

        Assert.Equal(first, second);
    }

    private static byte[] SinglePage(string text, string? bold = null, TimeProvider? clock = null)
    {
        var builder = new PdfDocumentBuilder(clock);
        var page = builder.AddPage(PageSize.A4);
        var regular = builder.AddStandardSans();
        page.AddText(text, 11, new PdfPoint(40, 780), regular);
        if (bold is not null)
        {
            page.AddText(bold, 16, new PdfPoint(40, 740), builder.AddStandardSans(bold: true));
        }

        return builder.Build();
    }
}
