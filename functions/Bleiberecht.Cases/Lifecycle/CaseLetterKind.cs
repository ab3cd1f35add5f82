namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The letters the case lifecycle sends.</summary>
internal enum CaseLetterKind
{
    /// <summary>To the counsellor: what is missing.</summary>
    MissingItemsRequest,

    /// <summary>To the counsellor: still missing.</summary>
    Reminder,

    /// <summary>To the counsellor: closed (incomplete, not admissible, withdrawn).</summary>
    ClosingNotice,

    /// <summary>To the ABH: the case is on a closed agenda (taken up).</summary>
    CaseTakenUpNotice,

    /// <summary>To the counsellor, for the applicant: the assessment.</summary>
    AssessmentLetter,

    /// <summary>To the ABH: the assessment as a decision aid.</summary>
    AssessmentNotice,
}
