namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// What the tables hold about a case: no name, no date of birth, no address — those stay in the documents (blobs).
/// Enough to route, authorize, schedule and count.
/// </summary>
public sealed record CaseSummary
{
    /// <summary>The case number, e.g. <c>BF-2026-0042</c>; also the case orchestration's instance id.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>The committee id.</summary>
    public required string CommitteeId { get; init; }

    /// <summary>The submitting counsellor's organisation id (from the committee configuration).</summary>
    public required string OrganisationId { get; init; }

    /// <summary>The submitting counsellor's registered e-mail address (replies, letters).</summary>
    public required string CounsellorEmail { get; init; }

    /// <summary>How it arrived.</summary>
    public required IntakeChannel Channel { get; init; }

    /// <summary>Where it stands.</summary>
    public required CaseStatus Status { get; init; }

    /// <summary>How it ended (closed cases only).</summary>
    public CaseOutcome? Outcome { get; init; }

    /// <summary>When it arrived.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When its personal data and documents are (or were) purged.</summary>
    public DateTimeOffset? PurgeAt { get; init; }

    /// <summary>True once personal data and documents were deleted (the summary and the audit trail stay).</summary>
    public bool Purged { get; init; }

    /// <summary>Urgent (e.g. a deportation date is fixed): may go to an ad hoc session.</summary>
    public bool Urgent { get; init; }

    /// <summary>The session the case is scheduled for or was last on.</summary>
    public string? SessionId { get; init; }

    /// <summary>How often the case was deferred.</summary>
    public int Deferrals { get; init; }

    /// <summary>Codes of what is missing (incomplete cases), e.g. <c>consent-missing</c>.</summary>
    public IReadOnlyList<string> MissingItems { get; init; } = [];

    /// <summary>Why the case is not admissible (closed as not admissible).</summary>
    public IReadOnlyList<ExclusionFact> ExclusionFacts { get; init; } = [];

    /// <summary>The recommendation category of the assessment (assessed cases).</summary>
    public Bleiberecht.Documents.Generated.Recommendation? Recommendation { get; init; }
}
