namespace Bleiberecht.Documents.Application;

/// <summary>The PDF reader's verdict on one signature field, reported separately: intact, whole file, trusted.</summary>
/// <param name="FieldName">The signature field's name.</param>
/// <param name="Valid">The signed bytes are unchanged (cryptographically intact).</param>
/// <param name="CoversWholeFile">The signature covers the whole file (nothing was added after signing).</param>
/// <param name="Trusted">The signer's certificate chains to a configured trusted root.</param>
/// <param name="Signer">The signer's name from the certificate, if any.</param>
public sealed record SignatureEvidence(string FieldName, bool Valid, bool CoversWholeFile, bool Trusted, string? Signer = null);
