using Bleiberecht.Pdf.Content;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// One line of printed text of a flattened form, with where it starts (for finding the check box printed left of a
/// label). Lines from OCR have no page: their ticks are not read.
/// </summary>
/// <param name="Text">The line's text.</param>
/// <param name="Page">The PDF page it is on; null for OCR text.</param>
/// <param name="Left">Start of the first word.</param>
/// <param name="Baseline">Baseline of the first word.</param>
/// <param name="FontSize">Font size of the first word.</param>
internal sealed record PrintedLine(string Text, Page? Page, double Left, double Baseline, double FontSize)
{
    public static IEnumerable<PrintedLine> Of(Page page) =>
        page.GetLines().Where(l => l.Count > 0).Select(l => new PrintedLine(string.Join(' ', l.Select(w => w.Text)), page, l[0].Left, l[0].Baseline, l[0].FontSize));

    public static PrintedLine Ocr(string text) => new(text, null, 0, 0, 0);
}
