namespace Bleiberecht.Pdf.Writer;

/// <summary>Document metadata written to the Info dictionary (and to XMP for PDF/A).</summary>
public sealed record PdfDocumentInformation
{
    /// <summary>The document title, shown by viewers instead of the file name.</summary>
    public string? Title { get; init; }

    /// <summary>The person or office that wrote the document.</summary>
    public string? Author { get; init; }

    /// <summary>What the document is about.</summary>
    public string? Subject { get; init; }

    /// <summary>Search keywords, comma separated.</summary>
    public string? Keywords { get; init; }

    /// <summary>The application that created the content.</summary>
    public string? Creator { get; init; }

    /// <summary>The software that wrote the PDF.</summary>
    public string Producer { get; init; } = "Bleiberecht.Pdf";

    /// <summary>Natural language of the text as a BCP 47 tag, e.g. <c>de-DE</c>; written as the catalog's /Lang.</summary>
    public string? Language { get; init; }
}
