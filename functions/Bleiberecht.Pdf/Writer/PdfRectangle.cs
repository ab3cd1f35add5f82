namespace Bleiberecht.Pdf.Writer;

/// <summary>An axis-aligned rectangle in PDF user space (points, origin bottom-left).</summary>
public readonly record struct PdfRectangle(double Left, double Bottom, double Width, double Height)
{
    public double Right => Left + Width;

    public double Top => Bottom + Height;
}
