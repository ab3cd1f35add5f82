namespace Bleiberecht.Documents.Application;

/// <summary>
/// Text recognition for image-only scans: poppler's <c>pdftoppm</c> renders each page, Tesseract reads it (German).
/// Both are GPL/Apache programs run as separate processes, never linked. Everything OCR reads is a warning that asks
/// for confirmation, and an OCR'd tick or signature never counts (consent, yes/no answers stay unanswered).
/// </summary>
public sealed record OcrOptions
{
    /// <summary>The <c>tesseract</c> program: a path, or a name looked up on <c>PATH</c>.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The <c>pdftoppm</c> program (poppler-utils): a path, or a name looked up on <c>PATH</c>.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Tesseract language(s), e.g. <c>deu</c> or <c>deu+eng</c> (Debian: tesseract-ocr-deu).</summary>
    public string Language { get; init; } = "deu";

    /// <summary>Rendering resolution in dpi.</summary>
    public int Resolution { get; init; } = 300;

    /// <summary>Time allowed for rendering and recognising one page; when exceeded the file needs manual entry.</summary>
    public TimeSpan TimeoutPerPage { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>At most this many pages of a scan are recognised (the Kurzantrag has three, the consent one).</summary>
    public int MaxPages { get; init; } = 6;

    /// <summary>Whether both programs can be found (an existing path, or a name on <c>PATH</c>).</summary>
    public bool IsAvailable => ExternalProgram.Find(TesseractPath) is not null && ExternalProgram.Find(PdftoppmPath) is not null;
}
