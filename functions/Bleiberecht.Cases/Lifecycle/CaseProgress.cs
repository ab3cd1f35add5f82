using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// The case orchestration's view of a case — codes, flags and dates, no personal data: what the case row and the
/// statistics row are set to on every state change (see <see cref="CaseSummary"/> for the meaning of each field).
/// </summary>
public sealed record CaseProgress
{
    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; init; } = CaseStatus.Received;

    /// <summary>How it ended.</summary>
    public CaseOutcome? Outcome { get; init; }

    /// <summary>Urgent (marked so, or a deportation date is fixed).</summary>
    public bool Urgent { get; init; }

    /// <summary>The session it is scheduled for or was last on.</summary>
    public string? SessionId { get; init; }

    /// <summary>How often deferred.</summary>
    public int Deferrals { get; init; }

    /// <summary>Codes of what is missing.</summary>
    public IReadOnlyList<string> MissingItems { get; init; } = [];

    /// <summary>Why not admissible.</summary>
    public IReadOnlyList<ExclusionFact> ExclusionFacts { get; init; } = [];

    /// <summary>The assessment's category.</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>When closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When the personal data is (or was) purged.</summary>
    public DateTimeOffset? PurgeAt { get; init; }

    /// <summary>Documents and personal data deleted.</summary>
    public bool Purged { get; init; }
}
