using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Tests.Api.Fakes;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The people and the data the API tests work with (Dortmund and Kreis Unna from config/committees).</summary>
internal sealed class ApiWorld
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public const string OwnCase = "BF-2026-0001";
    public const string OtherOrganisationCase = "BF-2026-0002";
    public const string ClosedCase = "BF-2026-0003";
    public const string UnnaCase = "KU-2026-0001";
    public const string Session = "BF-S-2026-04";
    public const string UnnaSession = "KU-S-2026-01";

    public const string SubmissionDocument = "documents/cases/BF-2026-0001/antrag.pdf";
    public const string MissingItemsDocument = "documents/cases/BF-2026-0001/nachforderung.pdf";
    public const string AssessmentLetterDocument = "documents/cases/BF-2026-0001/einschaetzung.pdf";
    public const string AuthorityNoticeDocument = "documents/cases/BF-2026-0001/mitteilung-abh.pdf";
    public const string DossierDocument = "documents/cases/BF-2026-0001/sessions/BF-S-2026-04/dossier.pdf";
    public const string AgendaDocument = "documents/sessions/BF-S-2026-04/tagesordnung.pdf";
    public const string OwnInvitationDocument = "documents/sessions/BF-S-2026-04/einladung-wohlfahrt-1.pdf";
    public const string OtherInvitationDocument = "documents/sessions/BF-S-2026-04/einladung-abh-leitung.pdf";
    public const string MinutesDocument = "minutes/BF-S-2026-04/protokoll.pdf";
    public const string UnnaLetterDocument = "documents/cases/KU-2026-0001/einschaetzung.pdf";

    public static readonly Actor Counsellor = new(ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "dortmund", "awo");
    public static readonly Actor OtherCounsellor = new(ActorRole.Counsellor, "fluechtlingsberatung@drk.dortmund.example", "dortmund", "drk");
    public static readonly Actor Secretariat = new(ActorRole.Secretariat, "ausschuss-buergerdienste@stadt.dortmund.example", "dortmund");
    public static readonly Actor Member = new(ActorRole.Member, "wohlfahrt-1", "dortmund", MemberId: "wohlfahrt-1");
    public static readonly Actor UninvitedMember = new(ActorRole.Member, "ehrenamt-1", "dortmund", MemberId: "ehrenamt-1");
    public static readonly Actor Authority = new(ActorRole.ForeignersAuthority, "auslaenderbehoerde@stadt.dortmund.example", "dortmund");
    public static readonly Actor Operator = new(ActorRole.Operator, "betrieb@it.dortmund.example");
    public static readonly Actor UnnaSecretariat = new(ActorRole.Secretariat, "geschaeftsstelle@kreis-unna.example", "kreis-unna");

    /// <summary>The actor of each role of the matrix (null: anonymous).</summary>
    public static Actor? ByRole(string role) => role switch
    {
        "Anonymous" => null,
        nameof(ActorRole.Counsellor) => Counsellor,
        nameof(ActorRole.Secretariat) => Secretariat,
        nameof(ActorRole.Member) => Member,
        nameof(ActorRole.ForeignersAuthority) => Authority,
        nameof(ActorRole.Operator) => Operator,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public ApiWorld(CommitteeCatalog committees, TimeProvider clock)
    {
        Cases = new FakeCaseService();
        Intake = new FakeCaseIntake(clock);
        Sessions = new FakeSessionService(committees, clock);
        Documents = new FakeDocumentStore();
        Statistics = new FakeStatistics();
        Orchestrations = new FakeOrchestrationMonitor();

        Cases.Add(Case(OwnCase, "dortmund", "awo", Counsellor.Subject, CaseStatus.OnAgenda, Session));
        Cases.Add(Case(OtherOrganisationCase, "dortmund", "drk", OtherCounsellor.Subject, CaseStatus.Waiting, null));
        Cases.Add(Case(ClosedCase, "dortmund", "awo", Counsellor.Subject, CaseStatus.Closed, null) with { Outcome = CaseOutcome.Withdrawn });
        Cases.Add(Case(UnnaCase, "kreis-unna", "ki-unna", "beratung@ki.kreis-unna.example", CaseStatus.Waiting, null));

        Sessions.Add(SessionView(Session, "dortmund", 4, new DateTimeOffset(2026, 12, 10, 16, 0, 0, TimeSpan.Zero), ["wohlfahrt-1", "abh-leitung"], [new SessionCase(OwnCase, 1, SessionCaseState.OnAgenda)]));
        Sessions.Add(SessionView(UnnaSession, "kreis-unna", 1, new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero), ["wohlfahrt-1"], []));
        for (var n = 1; n <= 4; n++)
        {
            Sessions.Add(SessionView($"BF-S-2027-0{n}", "dortmund", n, new DateTimeOffset(2027, n * 3, 10, 16, 0, 0, TimeSpan.Zero), [], []) with { Status = SessionStatus.Planned });
        }

        Documents.Add(SubmissionDocument, StoredDocumentKind.Submission, OwnCase, null);
        Documents.Add(MissingItemsDocument, StoredDocumentKind.MissingItemsRequest, OwnCase, null);
        Documents.Add(AssessmentLetterDocument, StoredDocumentKind.AssessmentLetter, OwnCase, null);
        Documents.Add(AuthorityNoticeDocument, StoredDocumentKind.AuthorityNotice, OwnCase, null);
        Documents.Add(DossierDocument, StoredDocumentKind.Dossier, OwnCase, Session);
        Documents.Add(AgendaDocument, StoredDocumentKind.Agenda, null, Session);
        Documents.Add(OwnInvitationDocument, StoredDocumentKind.Invitation, null, Session, "wohlfahrt-1");
        Documents.Add(OtherInvitationDocument, StoredDocumentKind.Invitation, null, Session, "abh-leitung");
        Documents.Add(MinutesDocument, StoredDocumentKind.Minutes, null, Session);
        Documents.Add(UnnaLetterDocument, StoredDocumentKind.AssessmentLetter, UnnaCase, null);

        Orchestrations.Add(OwnCase, "CaseLifecycle", Bleiberecht.Workflow.OrchestrationRuntimeStatus.Running, "{\"status\":\"OnAgenda\"}");
        Orchestrations.Add(ClosedCase, "CaseLifecycle", Bleiberecht.Workflow.OrchestrationRuntimeStatus.Completed, null);
        Orchestrations.Add(Session, "SessionLifecycle", Bleiberecht.Workflow.OrchestrationRuntimeStatus.Running, "\"AgendaClosed\"");
    }

    public FakeCaseService Cases { get; }

    public FakeCaseIntake Intake { get; }

    public FakeSessionService Sessions { get; }

    public FakeDocumentStore Documents { get; }

    public FakeStatistics Statistics { get; }

    public FakeOrchestrationMonitor Orchestrations { get; }

    private static CaseSummary Case(string number, string committee, string organisation, string email, CaseStatus status, string? session) => new()
    {
        CaseNumber = number,
        CommitteeId = committee,
        OrganisationId = organisation,
        CounsellorEmail = email,
        Channel = IntakeChannel.Api,
        Status = status,
        ReceivedAt = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero),
        SessionId = session,
    };

    private static SessionView SessionView(string id, string committee, int number, DateTimeOffset startsAt, string[] invited, SessionCase[] cases) => new()
    {
        Id = id,
        CommitteeId = committee,
        Number = number,
        Kind = Bleiberecht.Cases.Calendar.SessionKind.Regular,
        StartsAt = startsAt,
        Place = "Rathaus, Raum 1",
        Status = SessionStatus.AgendaClosed,
        AgendaClosesAt = startsAt.AddDays(-21),
        InvitationsDueAt = startsAt.AddDays(-14),
        Cases = cases,
        InvitedMemberIds = invited,
    };
}
