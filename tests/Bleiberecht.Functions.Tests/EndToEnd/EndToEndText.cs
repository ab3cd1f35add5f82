using Bleiberecht.Pdf;

namespace Bleiberecht.Functions.Tests.EndToEnd;

/// <summary>The text of a PDF as a reader sees it (our reader; poppler agrees with it word for word, see docs/pdf-reader.md).</summary>
internal static class EndToEndText
{
    public static string Of(ReadOnlyMemory<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
