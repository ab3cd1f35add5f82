using System.Globalization;

namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>
/// Flow layout on top of <see cref="PdfDocumentBuilder"/>: headings, paragraphs with measured line breaking,
/// tables with wrapped cells and repeated header rows, form fields, automatic page breaks, and headers/footers
/// such as "Seite 1 von 3" drawn once the page count is known. Content flows top to bottom.
/// </summary>
public sealed partial class DocumentLayout
{
    private bool finished;
    private double cursor;

    /// <summary>Starts a layout on <paramref name="builder"/>; the first page is added at once.</summary>
    public DocumentLayout(PdfDocumentBuilder builder, LayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Builder = builder;
        options ??= new LayoutOptions();
        Options = options with
        {
            Font = options.Font ?? builder.DefaultFont,
            BoldFont = options.BoldFont ?? builder.AddStandardSans(bold: true),
        };
        if (ContentWidth <= 0 || Options.PageSize.Height - Options.Margins.Top - Options.Margins.Bottom <= 0)
        {
            throw new ArgumentException("The margins leave no room for content.", nameof(options));
        }

        NewPage();
    }

    /// <summary>The builder the pages are added to (for metadata, fonts and direct drawing).</summary>
    public PdfDocumentBuilder Builder { get; }

    /// <summary>The effective options (fonts filled in).</summary>
    public LayoutOptions Options { get; }

    /// <summary>The page content currently flows onto.</summary>
    public PdfPageBuilder CurrentPage { get; private set; } = null!;

    /// <summary>Width between the left and right margins.</summary>
    public double ContentWidth => Options.PageSize.Width - Options.Margins.Left - Options.Margins.Right;

    /// <summary>Distance from the current position down to the bottom margin.</summary>
    public double RemainingHeight => cursor - Options.Margins.Bottom;

    private AddedFont Font => Options.Font!;

    private AddedFont BoldFont => Options.BoldFont!;

    private double Left => Options.Margins.Left;

    /// <summary>Adds a heading (level 1–3) in the bold font; it moves to the next page rather than stand alone at the bottom.</summary>
    public void AddHeading(string text, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        var sizes = Options.HeadingSizes;
        var size = sizes[Math.Min(level, sizes.Count) - 1];
        var keepWithNext = (Options.FontSize * Options.LineSpacing) * 2;
        var lines = LineBreaker.Break(text, BoldFont, size, ContentWidth);
        EnsureRoom((lines.Count * size * Options.LineSpacing) + keepWithNext);
        if (cursor < Options.PageSize.Height - Options.Margins.Top)
        {
            cursor -= size * 0.5;
        }

        WriteLines(lines, BoldFont, size, null, TextAlignment.Left, 0);
        cursor -= Options.ParagraphSpacing * 0.5;
    }

    /// <summary>Adds a paragraph, broken into lines to fit the content width; breaks onto new pages as needed.</summary>
    public void AddParagraph(string text, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        style ??= new TextStyle();
        var font = style.Font ?? Font;
        var size = style.FontSize ?? Options.FontSize;
        var lines = LineBreaker.Break(text, font, size, ContentWidth - style.Indent);
        WriteLines(lines, font, size, style.Color, style.Alignment, style.Indent);
        cursor -= style.SpaceAfter ?? Options.ParagraphSpacing;
    }

    /// <summary>Moves down by <paramref name="points"/> (not past the bottom margin; a new page starts instead).</summary>
    public void AddSpace(double points)
    {
        if (points >= RemainingHeight)
        {
            NewPage();
            return;
        }

        cursor -= points;
    }

    /// <summary>Draws a horizontal rule across the content width.</summary>
    public void AddRule(double lineWidth = 0.5)
    {
        EnsureRoom(6);
        cursor -= 3;
        CurrentPage.DrawLine(new PdfPoint(Left, cursor), new PdfPoint(Left + ContentWidth, cursor), lineWidth);
        cursor -= 3;
    }

    /// <summary>Continues on a new page.</summary>
    public void AddPageBreak() => NewPage();

    /// <summary>Starts a new page when less than <paramref name="height"/> points are left on this one.</summary>
    public void EnsureRoom(double height)
    {
        if (height > RemainingHeight && cursor < Options.PageSize.Height - Options.Margins.Top)
        {
            NewPage();
        }
    }

    /// <summary>Draws headers and footers on every page (now that the page count is known). Called by <see cref="Build"/>.</summary>
    public void Finish()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        var pages = Builder.Pages;
        foreach (var page in pages)
        {
            var context = new PageDecorationContext(page, page.PageNumber, pages.Count, Options, Font);
            if (Options.HeaderText is { Length: > 0 } header)
            {
                page.SetTextAndFillColor(PdfColor.Gray);
                page.AddText(header, 8, new PdfPoint(Left, Options.PageSize.Height - (Options.Margins.Top / 2)), Font);
                page.ResetColor();
            }

            if (Options.PageNumberFormat is { Length: > 0 } format)
            {
                var text = string.Format(CultureInfo.InvariantCulture, format, page.PageNumber, pages.Count);
                var width = Font.MeasureText(text, 8.5);
                page.AddText(text, 8.5, new PdfPoint(Left + ((ContentWidth - width) / 2), Options.Margins.Bottom / 2), Font);
            }

            Options.DecoratePage?.Invoke(context);
        }
    }

    /// <summary>Finishes the layout and builds the PDF.</summary>
    public byte[] Build()
    {
        Finish();
        return Builder.Build();
    }

    private void NewPage()
    {
        if (finished)
        {
            throw new InvalidOperationException("The layout is finished; no more pages can be added.");
        }

        CurrentPage = Builder.AddPage(Options.PageSize);
        cursor = Options.PageSize.Height - Options.Margins.Top;
    }

    private void WriteLines(IReadOnlyList<string> lines, AddedFont font, double size, PdfColor? color, TextAlignment alignment, double indent)
    {
        var leading = size * Options.LineSpacing;
        var ascent = font.GetAscent(size);
        foreach (var line in lines)
        {
            if (leading > RemainingHeight)
            {
                NewPage();
            }

            if (color is { } c)
            {
                CurrentPage.SetTextAndFillColor(c);
            }

            var x = Left + indent + AlignmentOffset(alignment, ContentWidth - indent, font.MeasureText(line, size));
            CurrentPage.AddText(line, size, new PdfPoint(x, cursor - ascent), font);
            if (color is not null)
            {
                CurrentPage.SetTextAndFillColor(PdfColor.Black);
            }

            cursor -= leading;
        }
    }

    private static double AlignmentOffset(TextAlignment alignment, double available, double width) => alignment switch
    {
        TextAlignment.Center => (available - width) / 2,
        TextAlignment.Right => available - width,
        _ => 0,
    };
}
