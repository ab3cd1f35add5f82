using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The orchestration's view of a case (non-personal): what the case row and the statistics row are set to.</summary>
internal sealed record CaseProgress
{
    public CaseStatus Status { get; init; } = CaseStatus.Received;

    public CaseOutcome? Outcome { get; init; }

    public bool Urgent { get; init; }

    public string? SessionId { get; init; }

    public int Deferrals { get; init; }

    public IReadOnlyList<string> MissingItems { get; init; } = [];

    public IReadOnlyList<ExclusionFact> ExclusionFacts { get; init; } = [];

    public Recommendation? Recommendation { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? PurgeAt { get; init; }

    public bool Purged { get; init; }
}
