using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Documents.Generated;

/// <summary>
/// DIN 5008 form B on A4: letterhead, address field 20 mm from the left and 45 mm from the top (85 × 45 mm, the
/// return line in its top zone), information block from 125 mm, subject at 103.4 mm, body between 25 mm and 20 mm
/// margins, fold marks at 105 and 210 mm, hole mark at 148.5 mm, "Seite x von y" on every page.
/// </summary>
internal static class LetterRenderer
{
    private const double Mm = 72 / 25.4;
    private static readonly double PageHeight = PageSize.A4.Height;

    public static byte[] Render(CommitteeLetterhead sender, LetterContent letter, TimeProvider timeProvider, string title)
    {
        var builder = new PdfDocumentBuilder(timeProvider)
        {
            Information = new PdfDocumentInformation { Title = title, Author = sender.Name, Creator = "Bleiberecht Functions", Language = "de-DE" },
        };
        var font = builder.AddStandardSans();
        var bold = builder.AddStandardSans(bold: true);
        var layout = new DocumentLayout(builder, new LayoutOptions
        {
            Font = font,
            BoldFont = bold,
            FontSize = 11,
            LineSpacing = 1.25,
            ParagraphSpacing = 8,
            Margins = new PageMargins(20 * Mm, 20 * Mm, 22 * Mm, 25 * Mm),
            HeaderText = letter.Marking,
            DecoratePage = context => Decorate(context, sender, letter, font, bold),
        });

        // Down to the subject line of form B (103.4 mm from the top).
        layout.AddSpace((103.4 - 20) * Mm);
        layout.AddParagraph(letter.Subject, new TextStyle { Font = bold, SpaceAfter = 18 });
        layout.AddParagraph(letter.Salutation);
        foreach (var paragraph in letter.Paragraphs)
        {
            layout.AddParagraph(paragraph);
        }

        letter.Appendix?.Invoke(layout);
        layout.AddSpace(4);
        layout.AddParagraph(letter.Closing, new TextStyle { SpaceAfter = 28 });
        layout.AddParagraph(letter.SignedBy + "\n" + "Geschäftsstelle – " + sender.Name);
        return layout.Build();
    }

    private static void Decorate(PageDecorationContext context, CommitteeLetterhead sender, LetterContent letter, AddedFont font, AddedFont bold)
    {
        var page = context.Page;
        if (context.PageNumber != 1)
        {
            return;
        }

        // Letterhead, top right.
        var size = Math.Min(14, 14 * 70 * Mm / bold.MeasureText(sender.Name, 14));
        page.AddText(sender.Name, size, Point(125, 20), bold);
        var y = 26.0;
        foreach (var line in sender.AddressLines.Append(sender.Telephone is null ? string.Empty : "Telefon " + sender.Telephone).Append(sender.Email ?? string.Empty).Where(l => l.Length > 0))
        {
            AddFitted(page, line, 8.5, 125, y, 75, font);
            y += 3.8;
        }

        // Address field: return line (small, underlined zone), then the recipient.
        AddFitted(page, sender.Name + " · " + string.Join(" · ", sender.AddressLines), 7, 20, 45 + 14.5, 85, font);
        page.DrawLine(Point(20, 45 + 15.5), Point(105, 45 + 15.5), 0.3);
        y = 45 + 17.7 + 4;
        foreach (var line in letter.Recipient.Lines.Take(6))
        {
            AddFitted(page, line, 11, 20, y, 85, font);
            y += 4.6;
        }

        // Information block (Ihr Zeichen, Unser Zeichen, Datum …).
        y = 50 + 3;
        foreach (var (label, value) in letter.InfoBlock)
        {
            page.AddText(label, 8, Point(125, y), font);
            AddFitted(page, value, 10, 125, y + 3.6, 75, font);
            y += 8.5;
        }

        // Fold marks and hole mark at the left edge.
        page.DrawLine(Point(3, 105), Point(8, 105), 0.3);
        page.DrawLine(Point(3, 210), Point(8, 210), 0.3);
        page.DrawLine(Point(3, 148.5), Point(10, 148.5), 0.3);
    }

    /// <summary>
    /// Writes one line into a field of the DIN 5008 layout without running into the next field: shrinks the font down to
    /// 6.5 pt, then shortens the text with an ellipsis.
    /// </summary>
    private static void AddFitted(PdfPageBuilder page, string text, double size, double xMm, double yMmFromTop, double maxWidthMm, AddedFont font)
    {
        var maxWidth = maxWidthMm * Mm;
        var fitted = Math.Max(6.5, Math.Min(size, size * maxWidth / Math.Max(font.MeasureText(text, size), 0.001)));
        while (text.Length > 1 && font.MeasureText(text, fitted) > maxWidth)
        {
            text = text[..^2].TrimEnd() + "…";
        }

        page.AddText(text, fitted, Point(xMm, yMmFromTop), font);
    }

    private static PdfPoint Point(double xMm, double yMmFromTop) => new(xMm * Mm, PageHeight - (yMmFromTop * Mm));
}
