using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Layout;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class LayoutTests : IDisposable
{
    private const string Sentence = "Der Ausschuss berät über Härtefälle nach § 23a AufenthG und gibt eine gemeinsame Einschätzung ab. ";
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Long_text_flows_over_pages_numbered_Seite_x_von_y()
    {
        var layout = new DocumentLayout(new PdfDocumentBuilder());
        layout.AddHeading("Protokoll");
        for (var i = 0; i < 34; i++)
        {
            layout.AddParagraph($"Absatz {i + 1}: " + string.Concat(Enumerable.Repeat(Sentence, 3)));
        }

        var pdf = temp.Write(layout.Build());
        var pageCount = layout.Builder.Pages.Count;

        Assert.Equal(3, pageCount);
        for (var page = 1; page <= pageCount; page++)
        {
            var text = await ExternalTool.PdfToTextAsync(pdf, page);
            Assert.Contains($"Seite {page} von 3", text, StringComparison.Ordinal);
        }

        var all = await ExternalTool.PdfToTextAsync(pdf);
        Assert.Contains("Absatz 1:", all, StringComparison.Ordinal);
        Assert.Contains("Absatz 34:", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_header_row_is_repeated_on_every_page_the_table_spans()
    {
        var layout = new DocumentLayout(new PdfDocumentBuilder(), new LayoutOptions { PageNumberFormat = null });
        var rows = Enumerable.Range(1, 90).Select(i => (IReadOnlyList<string>)[$"BF-2026-{i:0000}", i % 4 == 0 ? string.Concat(Enumerable.Repeat("Begründung mit Umbruch ", 8)) : "kurz", "offen"]);
        layout.AddTable([new TableColumn("Aktenzeichen"), new TableColumn("Gründe", 3), new TableColumn("Stand", 0.8, TextAlignment.Right)], rows);

        var pdf = temp.Write(layout.Build());
        var pages = layout.Builder.Pages.Count;

        Assert.True(pages >= 3, $"expected the table to span at least 3 pages, got {pages}");
        for (var page = 1; page <= pages; page++)
        {
            var text = await ExternalTool.PdfToTextAsync(pdf, page);
            Assert.StartsWith("Aktenzeichen", text.TrimStart(), StringComparison.Ordinal);
        }

        var all = await ExternalTool.PdfToTextAsync(pdf);
        Assert.Contains("BF-2026-0090", all, StringComparison.Ordinal);
        Assert.Equal(8 * (90 / 4), CountOf(all, "Begründung"));
    }

    [Fact]
    public async Task Header_text_and_custom_decorations_appear_on_every_page()
    {
        var layout = new DocumentLayout(new PdfDocumentBuilder(), new LayoutOptions
        {
            HeaderText = "Vertraulich",
            DecoratePage = context => context.Page.AddText($"Blatt {context.PageNumber}/{context.PageCount}", 8, new PdfPoint(480, 20), context.Font),
        });
        layout.AddParagraph("Eins");
        layout.AddPageBreak();
        layout.AddParagraph("Zwei");

        var pdf = temp.Write(layout.Build());

        var second = await ExternalTool.PdfToTextAsync(pdf, 2);
        Assert.Contains("Vertraulich", second, StringComparison.Ordinal);
        Assert.Contains("Blatt 2/2", second, StringComparison.Ordinal);
        Assert.Contains("Seite 2 von 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaking_keeps_every_word_in_order_and_every_line_within_the_width()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandardSans();
        var words = Gen.Elements("Härtefall", "§", "23a", "Ayşe", "Łódź", "محمد", "a", "Einwilligungserklärung", "„Zitat“", "Verwaltungsgerichtsverfahrensunterlagen");
        var property = Prop.ForAll(
            Arb.From(words.ListOf()),
            Arb.From(Gen.Choose(40, 400)),
            (list, width) =>
            {
                var text = string.Join(' ', list);
                var lines = LineBreaker.Break(text, font, 10, width);
                var fits = lines.All(l => font.MeasureText(l, 10) <= width + 0.001 || l.Length == 1);
                var rejoined = string.Concat(lines.Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)));
                return fits && rejoined == text.Replace(" ", string.Empty, StringComparison.Ordinal);
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var index = text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = text.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
