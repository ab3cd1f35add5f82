namespace Bleiberecht.Cases.Contracts;

/// <summary>The kinds of stored documents; who may read which is decided by the API's access policy.</summary>
public enum StoredDocumentKind
{
    /// <summary>A PDF the counsellor submitted (application, consent).</summary>
    Submission,

    /// <summary>The request to the counsellor for missing consent/fields.</summary>
    MissingItemsRequest,

    /// <summary>The reminder of that request.</summary>
    Reminder,

    /// <summary>The closing notice (incomplete, not admissible, withdrawn).</summary>
    ClosingNotice,

    /// <summary>The notice to the ABH (case taken up / assessment as decision aid).</summary>
    AuthorityNotice,

    /// <summary>The assessment letter to the applicant via the counsellor.</summary>
    AssessmentLetter,

    /// <summary>A case dossier for the members of a session (pseudonymised).</summary>
    Dossier,

    /// <summary>A session's agenda.</summary>
    Agenda,

    /// <summary>A member's invitation.</summary>
    Invitation,

    /// <summary>A session's minutes: kept apart, never sent to the ABH, never exported with a case.</summary>
    Minutes,

    /// <summary>The application as read from the submissions (JSON, personal data): replaced on every re-read, deleted with the purge.</summary>
    ApplicationData,
}
