namespace Bleiberecht.Cases.Contracts;

/// <summary>Anonymous statistics of a committee's calendar year (cases received in that year). No personal data.</summary>
public sealed record YearStatistics
{
    /// <summary>The committee.</summary>
    public required string CommitteeId { get; init; }

    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>Cases received.</summary>
    public int Submitted { get; init; }

    /// <summary>Closed as not admissible, per exclusion fact (a case may count under more than one).</summary>
    public IReadOnlyDictionary<string, int> NotAdmissibleByReason { get; init; } = new Dictionary<string, int>();

    /// <summary>Closed as not admissible.</summary>
    public int NotAdmissible { get; init; }

    /// <summary>Closed as incomplete.</summary>
    public int Incomplete { get; init; }

    /// <summary>Assessed.</summary>
    public int Assessed { get; init; }

    /// <summary>Assessed, per recommendation category.</summary>
    public IReadOnlyDictionary<string, int> AssessedByRecommendation { get; init; } = new Dictionary<string, int>();

    /// <summary>Deferrals recorded (a case deferred twice counts twice).</summary>
    public int Deferrals { get; init; }

    /// <summary>Withdrawn.</summary>
    public int Withdrawn { get; init; }

    /// <summary>Consent revoked.</summary>
    public int ConsentRevoked { get; init; }

    /// <summary>Still open.</summary>
    public int Open { get; init; }

    /// <summary>Median days from receipt to assessment (assessed cases), null when none.</summary>
    public double? MedianDaysToAssessment { get; init; }

    /// <summary>Median days from receipt to closing (all closed cases), null when none.</summary>
    public double? MedianDaysToClose { get; init; }
}
