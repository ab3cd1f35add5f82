namespace Bleiberecht.Documents.Generated;

/// <summary>The generated document types; each has a template of the same name (camel case) in the template set.</summary>
public enum DocumentKind
{
    Agenda,
    Invitation,
    Dossier,
    AssessmentLetter,
    AuthorityNotice,
    MissingItemsRequest,
    Reminder,
    ClosingNotice,
    Minutes,
}
