namespace Bleiberecht.Pdf.Writer;

/// <summary>An RGB colour, components from 0 to 1.</summary>
public readonly record struct PdfColor(double Red, double Green, double Blue)
{
    public static PdfColor Black { get; } = new(0, 0, 0);

    public static PdfColor White { get; } = new(1, 1, 1);

    public static PdfColor Gray { get; } = new(0.5, 0.5, 0.5);

    public static PdfColor LightGray { get; } = new(0.9, 0.9, 0.9);

    /// <summary>Creates a colour from 0–255 components.</summary>
    public static PdfColor FromRgb(byte red, byte green, byte blue) => new(red / 255.0, green / 255.0, blue / 255.0);

    internal string Operands => $"{PdfSyntax.Number(Red)} {PdfSyntax.Number(Green)} {PdfSyntax.Number(Blue)}";
}
