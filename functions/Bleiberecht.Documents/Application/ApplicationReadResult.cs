namespace Bleiberecht.Documents.Application;

/// <summary>The typed record and everything the counsellor has to fix or know.</summary>
public sealed record ApplicationReadResult(ApplicationRecord Record, IReadOnlyList<ApplicationProblem> Problems)
{
    /// <summary>No blocking problem: the case can go on to the admissibility check.</summary>
    public bool IsComplete => Problems.All(p => p.IsWarning);

    /// <summary>The consent is present, with all scopes and an accepted signature.</summary>
    public bool HasConsent => Record.Consent.IsGiven;
}
