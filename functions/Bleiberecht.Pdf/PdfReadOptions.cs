namespace Bleiberecht.Pdf;

/// <summary>Limits for reading untrusted PDFs. Every limit is enforced; exceeding one throws <see cref="PdfReadException"/> with its reason.</summary>
public sealed record PdfReadOptions
{
    /// <summary>The defaults: sized for uploads of forms and letters (tens of pages, a few MB).</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>Largest accepted file, in bytes.</summary>
    public long MaxFileSize { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most indirect objects (cross-reference entries or objects found by the repair scan).</summary>
    public int MaxObjects { get; init; } = 500_000;

    /// <summary>Deepest nesting of arrays/dictionaries, page tree levels, field tree levels and form XObjects.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Most bytes one stream may decode to.</summary>
    public long MaxDecompressedBytesPerStream { get; init; } = 32L * 1024 * 1024;

    /// <summary>Most bytes all decoded streams of the document may add up to.</summary>
    public long MaxDecompressedBytesPerDocument { get; init; } = 128L * 1024 * 1024;

    /// <summary>Most pages in the page tree.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Most content-stream operators interpreted per page (form XObjects included).</summary>
    public int MaxOperationsPerPage { get; init; } = 2_000_000;

    /// <summary>Most letters (glyphs) one page may draw, form XObjects included.</summary>
    public int MaxLettersPerPage { get; init; } = 200_000;

    /// <summary>Total time the reader may spend on one document, from <c>Open</c> on, across all calls.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock for <see cref="TimeBudget"/>; tests may inject their own.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
