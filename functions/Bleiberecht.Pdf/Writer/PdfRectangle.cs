namespace Bleiberecht.Pdf.Writer;

/// <summary>An axis-aligned rectangle in PDF user space (points, origin bottom-left).</summary>
public readonly record struct PdfRectangle(double Left, double Bottom, double Width, double Height)
{
    /// <summary>The x coordinate of the right edge.</summary>
    public double Right => Left + Width;

    /// <summary>The y coordinate of the top edge.</summary>
    public double Top => Bottom + Height;
}
