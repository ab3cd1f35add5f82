namespace Bleiberecht.Pdf.Writer;

/// <summary>Which standard the output claims to follow.</summary>
public enum PdfConformance
{
    /// <summary>Plain PDF 1.7.</summary>
    None = 0,

    /// <summary>PDF/A-2b (ISO 19005-2, level B): XMP metadata with pdfaid, sRGB output intent, all fonts embedded.</summary>
    PdfA2B = 1,
}
