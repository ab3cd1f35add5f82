namespace Bleiberecht.Pdf.Writer;

/// <summary>A point in PDF user space: points (1/72 inch), origin at the bottom-left corner of the page.</summary>
public readonly record struct PdfPoint(double X, double Y);
