using System.Security.Cryptography.X509Certificates;

namespace Bleiberecht.Pdf.Signatures;

/// <summary>How signatures are judged: trust is only ever against <see cref="TrustedRoots"/> (never the machine's store).</summary>
public sealed record SignatureValidationOptions
{
    /// <summary>No trusted roots: signatures can be valid and complete, never trusted.</summary>
    public static SignatureValidationOptions Default { get; } = new();

    /// <summary>Root certificates a signer's chain must end in for <see cref="PdfSignature.IsTrusted"/>. Empty: nothing is trusted.</summary>
    public X509Certificate2Collection TrustedRoots { get; init; } = [];

    /// <summary>The time the chain is checked at; null: the signing time in the signature, else now.</summary>
    public DateTimeOffset? VerificationTime { get; init; }

    /// <summary>The clock for "now" when neither a verification time nor a signing time is known.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
