namespace Bleiberecht.Pdf;

/// <summary>Why a PDF could not be read. Every failure of the reader carries exactly one of these.</summary>
public enum PdfReadError
{
    /// <summary>The bytes are not a PDF (no header, no objects, no catalog).</summary>
    NotAPdf,

    /// <summary>The file is larger than <see cref="PdfReadOptions.MaxFileSize"/>.</summary>
    FileTooLarge,

    /// <summary>The syntax is broken beyond repair (truncated, missing objects, wrong types).</summary>
    Malformed,

    /// <summary>More indirect objects than <see cref="PdfReadOptions.MaxObjects"/>.</summary>
    TooManyObjects,

    /// <summary>Arrays, dictionaries, page trees or form XObjects nest deeper than <see cref="PdfReadOptions.MaxNestingDepth"/>.</summary>
    NestingTooDeep,

    /// <summary>A structure refers back to itself (page tree, field tree, form XObjects).</summary>
    Cycle,

    /// <summary>A stream inflates beyond <see cref="PdfReadOptions.MaxDecompressedBytesPerStream"/>.</summary>
    StreamTooLarge,

    /// <summary>All streams together inflate beyond <see cref="PdfReadOptions.MaxDecompressedBytesPerDocument"/>.</summary>
    DocumentTooLarge,

    /// <summary>More pages than <see cref="PdfReadOptions.MaxPages"/>.</summary>
    TooManyPages,

    /// <summary>A page's content needs more operators than <see cref="PdfReadOptions.MaxOperationsPerPage"/>.</summary>
    ContentTooComplex,

    /// <summary>Reading took longer than <see cref="PdfReadOptions.TimeBudget"/>.</summary>
    TimeBudgetExceeded,

    /// <summary>The document is encrypted and the empty user password does not open it.</summary>
    PasswordRequired,

    /// <summary>The document uses an encryption scheme the reader does not support.</summary>
    UnsupportedEncryption,

    /// <summary>A filter's data is corrupt or its parameters are out of range.</summary>
    BadStreamData,

    /// <summary>An unexpected internal failure, wrapped so that nothing else escapes.</summary>
    Internal,
}
