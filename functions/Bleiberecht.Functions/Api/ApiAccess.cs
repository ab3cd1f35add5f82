using Bleiberecht.Cases.Contracts;
using static Bleiberecht.Cases.Contracts.ActorRole;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// The authorization policy of the HTTP API in one place: every endpoint × the roles that may call it. The data scope
/// on top (see <see cref="AccessPolicy"/>): cross-committee access is always 403; a counsellor sees only the own
/// organisation's cases and, of their documents, the submissions and letters (never dossiers, agendas, minutes); a
/// member only sessions they are invited to, during the term, and there the agenda, their own invitation and the
/// dossiers; the ABH only notices and assessment letters, never minutes; the operator only operations, audit and
/// statistics, no documents. Unauthenticated callers get 401.
/// </summary>
internal static class ApiAccess
{
    private static readonly ActorRole[] Everyone = [Counsellor, Secretariat, Member, ForeignersAuthority, Operator];

    public static ApiRoute Me { get; } = new("GetMe", "GET", "/api/me", Everyone);
    public static ApiRoute DevelopmentSignIn { get; } = new("DevelopmentSignIn", "GET", "/api/dev/anmelden", [], Anonymous: true);
    public static ApiRoute OpenApi { get; } = new("OpenApiDocument", "GET", "/api/openapi/{documentName}.json", [], Anonymous: true);
    public static ApiRoute KurzantragForm { get; } = new("GetKurzantragForm", "GET", "/api/forms/kurzantrag.pdf", [], Anonymous: true);
    public static ApiRoute ConsentForm { get; } = new("GetConsentForm", "GET", "/api/forms/einwilligung.pdf", [], Anonymous: true);

    public static ApiRoute SubmitCase { get; } = new("SubmitCase", "POST", "/api/committees/{committee}/cases", [Counsellor]);
    public static ApiRoute ListCases { get; } = new("ListCases", "GET", "/api/committees/{committee}/cases", [Counsellor, Secretariat, ForeignersAuthority]);
    public static ApiRoute GetCase { get; } = new("GetCase", "GET", "/api/cases/{caseNumber}", [Counsellor, Secretariat, ForeignersAuthority]);
    public static ApiRoute AddDocuments { get; } = new("AddCaseDocuments", "POST", "/api/cases/{caseNumber}/documents", [Counsellor]);
    public static ApiRoute Withdraw { get; } = new("WithdrawCase", "POST", "/api/cases/{caseNumber}/withdrawal", [Counsellor, Secretariat]);
    public static ApiRoute RevokeConsent { get; } = new("RevokeConsent", "POST", "/api/cases/{caseNumber}/consent-revocation", [Counsellor, Secretariat]);
    public static ApiRoute ReportExclusion { get; } = new("ReportExclusion", "POST", "/api/cases/{caseNumber}/exclusions", [Counsellor, Secretariat, ForeignersAuthority]);
    public static ApiRoute ListCaseDocuments { get; } = new("ListCaseDocuments", "GET", "/api/cases/{caseNumber}/documents", [Counsellor, Secretariat, ForeignersAuthority]);
    public static ApiRoute CaseAudit { get; } = new("GetCaseAudit", "GET", "/api/cases/{caseNumber}/audit", [Secretariat, Operator]);

    public static ApiRoute PlanSession { get; } = new("PlanSession", "POST", "/api/committees/{committee}/sessions", [Secretariat]);
    public static ApiRoute ListSessions { get; } = new("ListSessions", "GET", "/api/committees/{committee}/sessions", [Secretariat, Member]);
    public static ApiRoute GetSession { get; } = new("GetSession", "GET", "/api/sessions/{sessionId}", [Secretariat, Member]);
    public static ApiRoute ListSessionDocuments { get; } = new("ListSessionDocuments", "GET", "/api/sessions/{sessionId}/documents", [Secretariat, Member]);
    public static ApiRoute AssignCase { get; } = new("AssignCase", "PUT", "/api/sessions/{sessionId}/cases/{caseNumber}", [Secretariat]);
    public static ApiRoute RecordAssessment { get; } = new("RecordAssessment", "POST", "/api/sessions/{sessionId}/cases/{caseNumber}/assessment", [Secretariat]);
    public static ApiRoute RecordDeferral { get; } = new("RecordDeferral", "POST", "/api/sessions/{sessionId}/cases/{caseNumber}/deferral", [Secretariat]);
    public static ApiRoute ConcludeSession { get; } = new("ConcludeSession", "POST", "/api/sessions/{sessionId}/conclusion", [Secretariat]);

    public static ApiRoute DownloadDocument { get; } = new("DownloadDocument", "GET", "/api/documents/{**documentId}", [Counsellor, Secretariat, Member, ForeignersAuthority]);
    public static ApiRoute Statistics { get; } = new("GetStatistics", "GET", "/api/committees/{committee}/statistics/{year}", [Secretariat, Operator]);
    public static ApiRoute ListOrchestrations { get; } = new("ListOrchestrations", "GET", "/api/operations/orchestrations", [Operator]);
    public static ApiRoute GetOrchestration { get; } = new("GetOrchestration", "GET", "/api/operations/orchestrations/{instanceId}", [Operator]);

    /// <summary>Every route, in the order of docs/api.md.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Me, DevelopmentSignIn, OpenApi, KurzantragForm, ConsentForm,
        SubmitCase, ListCases, GetCase, AddDocuments, Withdraw, RevokeConsent, ReportExclusion, ListCaseDocuments, CaseAudit,
        PlanSession, ListSessions, GetSession, ListSessionDocuments, AssignCase, RecordAssessment, RecordDeferral, ConcludeSession,
        DownloadDocument, Statistics, ListOrchestrations, GetOrchestration,
    ];

    /// <summary>The document kinds a role may read of a case or session it can see (secretariat: all).</summary>
    public static IReadOnlySet<StoredDocumentKind> ReadableKinds(ActorRole role) => role switch
    {
        Secretariat => Enum.GetValues<StoredDocumentKind>().ToHashSet(),
        Counsellor => new HashSet<StoredDocumentKind>
        {
            StoredDocumentKind.Submission, StoredDocumentKind.MissingItemsRequest, StoredDocumentKind.Reminder,
            StoredDocumentKind.ClosingNotice, StoredDocumentKind.AssessmentLetter,
        },
        ForeignersAuthority => new HashSet<StoredDocumentKind> { StoredDocumentKind.AuthorityNotice, StoredDocumentKind.AssessmentLetter },
        Member => new HashSet<StoredDocumentKind> { StoredDocumentKind.Agenda, StoredDocumentKind.Invitation, StoredDocumentKind.Dossier },
        _ => new HashSet<StoredDocumentKind>(),
    };
}
