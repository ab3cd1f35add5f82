using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>One letter to generate, store and mail; <see cref="Step"/> makes its file name and Message-ID deterministic.</summary>
internal sealed record CaseLetterOrder(
    CaseLifecycleInput Case,
    CaseLetterKind Kind,
    int Step,
    DateTimeOffset? DueAt = null,
    ClosingReason? ClosingReason = null,
    IReadOnlyList<ExclusionFact>? Exclusions = null,
    string? ReasonText = null,
    Assessment? Assessment = null,
    string? SessionId = null,
    DateTimeOffset? DecidedAt = null);
