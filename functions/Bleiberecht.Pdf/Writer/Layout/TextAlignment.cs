namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Horizontal alignment of lines within their box.</summary>
public enum TextAlignment
{
    Left = 0,
    Center = 1,
    Right = 2,
}
