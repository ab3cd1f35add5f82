namespace Bleiberecht.Documents.Generated;

/// <summary>
/// Input of the letters about one case (assessment letter, ABH notice, request, reminder, closing notice).
/// </summary>
public sealed record CaseLetterData
{
    /// <summary>The letter's recipient (the counsellor, or the ABH).</summary>
    public required PostalAddress Recipient { get; init; }

    /// <summary>The committee's case reference (pseudonymised, e.g. "HFK-2026-017").</summary>
    public required string CaseReference { get; init; }

    /// <summary>The applicant's name (letters go to the counsellor or the ABH, who know the person).</summary>
    public required string ApplicantName { get; init; }

    /// <summary>The recipient's reference (e.g. the ABH file number), if any.</summary>
    public string? TheirReference { get; init; }

    /// <summary>Date of the letter.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Name of the signing office staff member.</summary>
    public required string SignedBy { get; init; }

    /// <summary>Assessment text (assessment letter, ABH notice).</summary>
    public string? AssessmentText { get; init; }

    /// <summary>Assessment category.</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>What is missing (request, reminder) or the reasons (closing notice).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Deadline for missing items.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Why the case is closed (closing notice).</summary>
    public ClosingReason? ClosingReason { get; init; }

    /// <summary>Session at which the case was or will be discussed.</summary>
    public SessionInfo? Session { get; init; }
}
