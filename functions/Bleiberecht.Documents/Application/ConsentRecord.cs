namespace Bleiberecht.Documents.Application;

/// <summary>The consent declaration: which scopes are ticked, where and when, and how it is signed.</summary>
public sealed record ConsentRecord
{
    public bool DataProcessing { get; init; }

    public bool ReleaseFromConfidentiality { get; init; }

    public bool FileInspection { get; init; }

    public string? Place { get; init; }

    public DateOnly? Date { get; init; }

    public ConsentSignatureKind SignatureKind { get; init; }

    /// <summary>The digital signature's verdict, when the signature field is signed.</summary>
    public SignatureEvidence? DigitalSignature { get; init; }

    /// <summary>All scopes ticked and a signature the committee accepts.</summary>
    public bool IsGiven => DataProcessing && ReleaseFromConfidentiality && FileInspection && SignatureKind != ConsentSignatureKind.None;
}
