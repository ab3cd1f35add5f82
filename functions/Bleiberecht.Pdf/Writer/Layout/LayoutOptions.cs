namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Page geometry, fonts and spacing of a <see cref="DocumentLayout"/>.</summary>
public sealed record LayoutOptions
{
    /// <summary>Size of every page (A4 portrait by default).</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>Margins around the content area; headers and footers sit inside the top and bottom margins.</summary>
    public PageMargins Margins { get; init; } = PageMargins.Default;

    /// <summary>Body font; the builder's standard sans when null.</summary>
    public AddedFont? Font { get; init; }

    /// <summary>Font for headings and table headers; the builder's bold standard sans when null.</summary>
    public AddedFont? BoldFont { get; init; }

    /// <summary>Body text size in points.</summary>
    public double FontSize { get; init; } = 10.5;

    /// <summary>Baseline distance as a multiple of the font size.</summary>
    public double LineSpacing { get; init; } = 1.3;

    /// <summary>Space after each paragraph in points.</summary>
    public double ParagraphSpacing { get; init; } = 6;

    /// <summary>Heading sizes for levels 1, 2 and 3 (deeper levels use the last).</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [16, 13, 11.5];

    /// <summary>
    /// Footer text per page, formatted with page number {0} and page count {1}; null for no footer.
    /// Drawn centred in the bottom margin.
    /// </summary>
    public string? PageNumberFormat { get; init; } = "Seite {0} von {1}";

    /// <summary>Text drawn at the top of every page (left aligned, small, grey), or null.</summary>
    public string? HeaderText { get; init; }

    /// <summary>Called for every page once the page count is known, to draw custom headers and footers.</summary>
    public Action<PageDecorationContext>? DecoratePage { get; init; }
}
