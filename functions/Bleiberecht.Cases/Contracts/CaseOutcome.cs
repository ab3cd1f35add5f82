namespace Bleiberecht.Cases.Contracts;

/// <summary>How a closed case ended (kept, anonymously, in the statistics after the purge).</summary>
public enum CaseOutcome
{
    /// <summary>The committee formed its joint assessment; letter and notice sent.</summary>
    Assessed,

    /// <summary>An exclusion fact applies (reasons recorded as codes).</summary>
    NotAdmissible,

    /// <summary>Consent or required fields still missing when the completion period ended.</summary>
    Incomplete,

    /// <summary>Withdrawn by the counsellor.</summary>
    Withdrawn,

    /// <summary>The applicant revoked the consent: stopped, personal data purged at once.</summary>
    ConsentRevoked,
}
