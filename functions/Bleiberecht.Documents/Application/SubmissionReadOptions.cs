using System.Security.Cryptography.X509Certificates;

namespace Bleiberecht.Documents.Application;

/// <summary>How submissions are read: trusted roots for digital signatures and the clock ("today" in Berlin).</summary>
public sealed record SubmissionReadOptions
{
    /// <summary>Roots a digital signature must chain to, to count as trusted.</summary>
    public X509Certificate2Collection TrustedRoots { get; init; } = [];

    /// <summary>Clock for date checks and signature verification.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reader time budget per file.</summary>
    public TimeSpan TimeBudgetPerFile { get; init; } = TimeSpan.FromSeconds(10);
}
