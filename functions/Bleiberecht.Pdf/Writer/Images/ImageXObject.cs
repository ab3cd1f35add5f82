namespace Bleiberecht.Pdf.Writer.Images;

/// <summary>
/// An image ready to be written: its encoded samples, the dictionary entries describing them,
/// and an optional soft mask (alpha) image.
/// </summary>
internal sealed record ImageXObject(int Width, int Height, string Entries, byte[] EncodedData, ImageXObject? SoftMask)
{
    public int Write(PdfObjectWriter writer)
    {
        var softMask = SoftMask?.Write(writer);
        var number = writer.Allocate();
        var mask = softMask is null ? string.Empty : $" /SMask {PdfSyntax.Reference(softMask.Value)}";
        writer.WriteEncodedStream(number, $"/Type /XObject /Subtype /Image /Width {Width} /Height {Height}{Entries}{mask}", EncodedData);
        return number;
    }
}
