namespace Bleiberecht.Pdf.Writer;

/// <summary>A page size in points.</summary>
public readonly record struct PageSize(double Width, double Height)
{
    /// <summary>ISO A4 portrait, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(595.2756, 841.8898);

    /// <summary>ISO A5 portrait, 148 × 210 mm.</summary>
    public static PageSize A5 { get; } = new(419.5276, 595.2756);

    /// <summary>US Letter portrait.</summary>
    public static PageSize Letter { get; } = new(612, 792);

    /// <summary>The same size turned by 90 degrees.</summary>
    public PageSize Landscape() => new(Height, Width);
}
