namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>How a paragraph is set. Unset values come from <see cref="LayoutOptions"/>.</summary>
public sealed record TextStyle
{
    /// <summary>Font of the paragraph; the layout's body font when null.</summary>
    public AddedFont? Font { get; init; }

    /// <summary>Font size in points; the layout's font size when null.</summary>
    public double? FontSize { get; init; }

    /// <summary>Text colour; black when null.</summary>
    public PdfColor? Color { get; init; }

    /// <summary>Horizontal alignment of each line.</summary>
    public TextAlignment Alignment { get; init; }

    /// <summary>Extra space below the paragraph in points; <see cref="LayoutOptions.ParagraphSpacing"/> when null.</summary>
    public double? SpaceAfter { get; init; }

    /// <summary>Left indent in points.</summary>
    public double Indent { get; init; }
}
