using System.Security.Cryptography.X509Certificates;

namespace Bleiberecht.Pdf.Signatures;

/// <summary>
/// One signature field and its three separate verdicts: <see cref="IsValid"/> (the signed bytes are intact),
/// <see cref="CoversWholeFile"/> (nothing was appended after signing) and <see cref="IsTrusted"/> (chain to a configured root).
/// </summary>
public sealed record PdfSignature
{
    /// <summary>The signature field's fully qualified name.</summary>
    public required string FieldName { get; init; }

    /// <summary>The signature dictionary's <c>/SubFilter</c> (e.g. <c>adbe.pkcs7.detached</c>).</summary>
    public string? SubFilter { get; init; }

    /// <summary>The <c>/ByteRange</c> as stored (offset, length pairs).</summary>
    public IReadOnlyList<long> ByteRange { get; init; } = [];

    /// <summary>The CMS signature verifies over the byte ranges: the signed bytes are intact.</summary>
    public bool IsValid { get; init; }

    /// <summary>The byte ranges span the whole file except exactly the <c>/Contents</c> hex string.</summary>
    public bool CoversWholeFile { get; init; }

    /// <summary>The signer's certificate chains to one of <see cref="SignatureValidationOptions.TrustedRoots"/>.</summary>
    public bool IsTrusted { get; init; }

    /// <summary>Length of the revision the signature covers (end of its last byte range).</summary>
    public long SignedRevisionLength { get; init; }

    /// <summary>The certificate of the first signer in the CMS, when it decodes.</summary>
    public X509Certificate2? SignerCertificate { get; init; }

    /// <summary>The signer's common name (or subject) from the certificate, else the dictionary's <c>/Name</c>.</summary>
    public string? SignerName { get; init; }

    /// <summary>Signing time from the CMS signed attributes, else the dictionary's <c>/M</c> as stored.</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The dictionary's <c>/Reason</c> as stored.</summary>
    public string? Reason { get; init; }

    /// <summary>The dictionary's <c>/Location</c> as stored.</summary>
    public string? Location { get; init; }

    /// <summary>Why a verdict is false, in words (no document content).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
