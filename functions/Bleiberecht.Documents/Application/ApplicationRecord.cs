namespace Bleiberecht.Documents.Application;

/// <summary>
/// What a submission says, typed. Every value is nullable: an incomplete submission still becomes a case
/// (the counsellor is asked for what is missing), so the record carries what could be read and
/// <see cref="ApplicationReadResult.Problems"/> says what could not.
/// </summary>
public sealed record ApplicationRecord
{
    public string? FormVersion { get; init; }

    public string? CounsellorName { get; init; }

    public string? CounsellorOrganisation { get; init; }

    public string? CounsellorEmail { get; init; }

    public string? CounsellorTelephone { get; init; }

    public string? FamilyName { get; init; }

    public string? GivenNames { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? Nationality { get; init; }

    public string? Address { get; init; }

    public string? AuthorityFileReference { get; init; }

    public DateOnly? ToleratedSince { get; init; }

    public DateOnly? EntryDate { get; init; }

    public string? EarlierStatuses { get; init; }

    /// <summary>Answers to the exclusion questions (another authority competent, court procedure, asylum application).</summary>
    public bool? OtherAuthorityCompetent { get; init; }

    public bool? CourtProcedurePending { get; init; }

    public bool? AsylumApplication { get; init; }

    public bool? DeportationDateFixed { get; init; }

    public DateOnly? DeportationDate { get; init; }

    public string? HardshipReasons { get; init; }

    public int? MinorChildren { get; init; }

    public string? FamilyDetails { get; init; }

    public string? Work { get; init; }

    public string? LanguageLevel { get; init; }

    public string? SchoolOrTraining { get; init; }

    public bool? Urgent { get; init; }

    public string? UrgencyReason { get; init; }

    public ConsentRecord Consent { get; init; } = new();
}
