namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>How a paragraph is set. Unset values come from <see cref="LayoutOptions"/>.</summary>
public sealed record TextStyle
{
    public AddedFont? Font { get; init; }

    public double? FontSize { get; init; }

    public PdfColor? Color { get; init; }

    public TextAlignment Alignment { get; init; }

    /// <summary>Extra space below the paragraph in points; <see cref="LayoutOptions.ParagraphSpacing"/> when null.</summary>
    public double? SpaceAfter { get; init; }

    /// <summary>Left indent in points.</summary>
    public double Indent { get; init; }
}
