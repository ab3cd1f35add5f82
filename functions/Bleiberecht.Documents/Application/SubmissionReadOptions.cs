using System.Security.Cryptography.X509Certificates;

namespace Bleiberecht.Documents.Application;

/// <summary>How submissions are read: trusted roots for digital signatures, the clock ("today" in Berlin), and OCR of scans.</summary>
public sealed record SubmissionReadOptions
{
    /// <summary>Roots a digital signature must chain to, to count as trusted.</summary>
    public X509Certificate2Collection TrustedRoots { get; init; } = [];

    /// <summary>Clock for date checks and signature verification.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reader time budget per file.</summary>
    public TimeSpan TimeBudgetPerFile { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Text recognition of image-only scans; null (the default) leaves scans for manual entry. When set and its
    /// programs are installed, a scan's text fields are read and each is reported as needing confirmation; without
    /// the programs the scan needs manual entry as before.
    /// </summary>
    public OcrOptions? Ocr { get; init; }
}
