namespace Bleiberecht.Pdf.Core;

internal static class PdfErrors
{
    public static PdfReadException Malformed(string message) => new(PdfReadError.Malformed, message);

    public static PdfReadException TooDeep(int limit) => new(PdfReadError.NestingTooDeep, $"Nesting deeper than {limit} levels.");
}
