namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Table appearance.</summary>
public sealed record TableStyle
{
    /// <summary>Cell font size; the layout's font size when null.</summary>
    public double? FontSize { get; init; }

    /// <summary>Space between cell borders and text, in points.</summary>
    public double CellPadding { get; init; } = 4;

    /// <summary>Fill colour of the header row.</summary>
    public PdfColor HeaderBackground { get; init; } = PdfColor.LightGray;

    /// <summary>Colour of the cell borders.</summary>
    public PdfColor BorderColor { get; init; } = PdfColor.Gray;

    /// <summary>Repeat the header row at the top of every page the table continues on.</summary>
    public bool RepeatHeader { get; init; } = true;
}
