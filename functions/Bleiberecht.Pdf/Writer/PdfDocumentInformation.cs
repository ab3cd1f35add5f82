namespace Bleiberecht.Pdf.Writer;

/// <summary>Document metadata written to the Info dictionary (and to XMP for PDF/A).</summary>
public sealed record PdfDocumentInformation
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>The application that created the content.</summary>
    public string? Creator { get; init; }

    /// <summary>The software that wrote the PDF.</summary>
    public string Producer { get; init; } = "Bleiberecht.Pdf";

    /// <summary>Natural language of the text as a BCP 47 tag, e.g. <c>de-DE</c>; written as the catalog's /Lang.</summary>
    public string? Language { get; init; }
}
