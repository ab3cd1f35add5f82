namespace Bleiberecht.Cases.Intake;

/// <summary>
/// What one submission may carry (every channel): 1 to <see cref="MaxFiles"/> PDFs, each at most
/// <see cref="MaxFileBytes"/>, together at most <see cref="MaxTotalBytes"/>. A file is a PDF when <c>%PDF-</c> occurs
/// within its first <see cref="PdfHeaderWindow"/> bytes (what PDF readers accept) and our reader opens it.
/// </summary>
public sealed record IntakeLimits
{
    /// <summary>The limits of the app: 10 files, 10 MiB each, 20 MiB together.</summary>
    public static IntakeLimits Default { get; } = new();

    /// <summary>Most files per submission (the application, a separate consent, supporting documents).</summary>
    public int MaxFiles { get; init; } = 10;

    /// <summary>Largest single file: 10 MiB.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest submission: 20 MiB (an e-mail of that size is about 27 MiB after base64, below the MIME reader's 40 MiB).</summary>
    public long MaxTotalBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Where the <c>%PDF-</c> header must start.</summary>
    public int PdfHeaderWindow { get; init; } = 1024;
}
