namespace Bleiberecht.Pdf.Writer;

/// <summary>An RGB colour, components from 0 to 1.</summary>
public readonly record struct PdfColor(double Red, double Green, double Blue)
{
    /// <summary>Black (0, 0, 0).</summary>
    public static PdfColor Black { get; } = new(0, 0, 0);

    /// <summary>White (1, 1, 1).</summary>
    public static PdfColor White { get; } = new(1, 1, 1);

    /// <summary>Mid grey, used for borders and labels.</summary>
    public static PdfColor Gray { get; } = new(0.5, 0.5, 0.5);

    /// <summary>Light grey, used for table header backgrounds.</summary>
    public static PdfColor LightGray { get; } = new(0.9, 0.9, 0.9);

    /// <summary>Creates a colour from 0–255 components.</summary>
    public static PdfColor FromRgb(byte red, byte green, byte blue) => new(red / 255.0, green / 255.0, blue / 255.0);

    internal string Operands => $"{PdfSyntax.Number(Red)} {PdfSyntax.Number(Green)} {PdfSyntax.Number(Blue)}";
}
