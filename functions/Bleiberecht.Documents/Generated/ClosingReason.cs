namespace Bleiberecht.Documents.Generated;

/// <summary>Why a case is closed without an assessment.</summary>
public enum ClosingReason
{
    /// <summary>Missing items were not supplied in time.</summary>
    Incomplete,

    /// <summary>Not admissible (e.g. an exclusion ground applies).</summary>
    NotAdmissible,

    /// <summary>Withdrawn by the applicant or the counsellor.</summary>
    Withdrawn,
}
