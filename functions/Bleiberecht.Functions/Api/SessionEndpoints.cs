using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Functions.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary>Sessions: plan, list, read, documents, assign a case, record assessment and deferral, conclude.</summary>
internal static class SessionEndpoints
{
    private const string Tag = "Sitzungen";
    private static readonly TimeSpan LongestSession = TimeSpan.FromHours(12);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApi(ApiAccess.PlanSession, PlanAsync, Tag).Produces<SessionView>(StatusCodes.Status201Created).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.ListSessions, ListAsync, Tag).Produces<IReadOnlyList<SessionView>>();
        endpoints.MapApi(ApiAccess.GetSession, GetAsync, Tag).Produces<SessionView>();
        endpoints.MapApi(ApiAccess.ListSessionDocuments, ListDocumentsAsync, Tag).Produces<IReadOnlyList<StoredDocument>>();
        endpoints.MapApi(ApiAccess.AssignCase, AssignAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.RecordAssessment, AssessAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.RecordDeferral, DeferAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.ConcludeSession, ConcludeAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PlanAsync(
        HttpContext http, string committee, [FromBody] SessionPlanRequest body, [FromServices] ISessionService sessions, CancellationToken cancellationToken)
    {
        if (body.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return ApiProblems.Invalid("kind", "Bitte die Art der Sitzung angeben: Regular oder AdHoc.", "Give the kind of session: Regular or AdHoc.");
        }

        if (body.StartsAt is not { } startsAt)
        {
            return ApiProblems.Invalid("startsAt", "Bitte Beginn der Sitzung angeben (ISO 8601 mit Zeitzone).", "Give the start of the session (ISO 8601 with offset).");
        }

        if (string.IsNullOrWhiteSpace(body.Place))
        {
            return ApiProblems.Invalid("place", "Bitte den Sitzungsort angeben.", "Give the place of the session.");
        }

        if (body.Duration is { } duration && (duration <= TimeSpan.Zero || duration > LongestSession))
        {
            return ApiProblems.Invalid("duration", "Die Dauer muss zwischen 0 und 12 Stunden liegen.", "The duration must be between 0 and 12 hours.");
        }

        var view = await sessions.PlanAsync(committee, new SessionPlan(kind, startsAt, body.Place.Trim(), body.Duration, body.CaseNumbers), http.GetActor()!, cancellationToken);
        return Results.Created("/api/sessions/" + Uri.EscapeDataString(view.Id), view);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, string committee, int? year, [FromServices] ISessionService sessions, [FromServices] CommitteeCatalog committees,
        [FromServices] AccessPolicy policy, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var selectedYear = year ?? policy.Today(committees.Get(committee)).Year;
        if (selectedYear is < 2000 or > 9999)
        {
            return ApiProblems.Invalid("year", "Das Jahr muss vierstellig sein.", "The year must have four digits.");
        }

        var list = await sessions.ListAsync(committee, selectedYear, cancellationToken);
        return Results.Ok(list.Where(s => AccessPolicy.CanSeeSession(actor, s)).ToArray());
    }

    private static async Task<IResult> GetAsync(HttpContext http, string sessionId, [FromServices] ISessionService sessions, CancellationToken cancellationToken)
    {
        var (session, problem) = await SessionLookup.LoadAsync(sessions, http.GetActor()!, sessionId, cancellationToken);
        return problem ?? Results.Ok(session);
    }

    private static async Task<IResult> ListDocumentsAsync(
        HttpContext http, string sessionId, [FromServices] ISessionService sessions, [FromServices] IDocumentStore documents, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (session, problem) = await SessionLookup.LoadAsync(sessions, actor, sessionId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var list = await documents.ListForSessionAsync(sessionId, cancellationToken);
        return Results.Ok(list.Where(d => AccessPolicy.CanReadDocument(actor, d, caseSummary: null, session)).ToArray());
    }

    private static async Task<IResult> AssignAsync(
        HttpContext http, string sessionId, string caseNumber, [FromServices] ISessionService sessions, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        if (await LoadBothAsync(sessions, cases, actor, sessionId, caseNumber, cancellationToken) is { } problem)
        {
            return problem;
        }

        await sessions.AssignCaseAsync(sessionId, caseNumber, actor, cancellationToken);
        return Results.Accepted("/api/sessions/" + Uri.EscapeDataString(sessionId));
    }

    private static async Task<IResult> AssessAsync(
        HttpContext http, string sessionId, string caseNumber, [FromBody] AssessmentRequest body, [FromServices] ISessionService sessions,
        [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        if (body.Recommendation is not { } recommendation || !Enum.IsDefined(recommendation) || recommendation == Recommendation.Deferred)
        {
            return ApiProblems.Invalid(
                "recommendation",
                "Bitte die Einschätzung angeben: HardshipRequest oder NoHardshipRequest (eine Vertagung wird als deferral erfasst).",
                "Give the recommendation: HardshipRequest or NoHardshipRequest (a deferral is recorded as deferral).");
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ApiProblems.Invalid("text", "Bitte den Text der Einschätzung angeben.", "Give the text of the assessment.");
        }

        if (await LoadBothAsync(sessions, cases, actor, sessionId, caseNumber, cancellationToken) is { } problem)
        {
            return problem;
        }

        await sessions.RecordAssessmentAsync(sessionId, caseNumber, new Assessment(recommendation, body.Text.Trim()), actor, cancellationToken);
        return Results.Accepted("/api/cases/" + Uri.EscapeDataString(caseNumber));
    }

    private static async Task<IResult> DeferAsync(
        HttpContext http, string sessionId, string caseNumber, [FromBody] DeferralRequest? body, [FromServices] ISessionService sessions,
        [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        if (await LoadBothAsync(sessions, cases, actor, sessionId, caseNumber, cancellationToken) is { } problem)
        {
            return problem;
        }

        await sessions.RecordDeferralAsync(sessionId, caseNumber, body?.Reason, actor, cancellationToken);
        return Results.Accepted("/api/cases/" + Uri.EscapeDataString(caseNumber));
    }

    private static async Task<IResult> ConcludeAsync(
        HttpContext http, string sessionId, [FromBody] ConclusionRequest body, [FromServices] ISessionService sessions, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        if (body.PresentMemberIds is not { Count: > 0 } present)
        {
            return ApiProblems.Invalid("presentMemberIds", "Bitte die anwesenden Mitglieder angeben.", "Give the members present.");
        }

        if (string.IsNullOrWhiteSpace(body.Chair))
        {
            return ApiProblems.Invalid("chair", "Bitte die Sitzungsleitung angeben.", "Give who chaired the session.");
        }

        var (_, problem) = await SessionLookup.LoadAsync(sessions, actor, sessionId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await sessions.ConcludeAsync(sessionId, new SessionConclusion(present, body.Chair.Trim(), body.Notes), actor, cancellationToken);
        return Results.Accepted("/api/sessions/" + Uri.EscapeDataString(sessionId));
    }

    private static async Task<IResult?> LoadBothAsync(
        ISessionService sessions, ICaseService cases, Actor actor, string sessionId, string caseNumber, CancellationToken cancellationToken)
    {
        var (_, sessionProblem) = await SessionLookup.LoadAsync(sessions, actor, sessionId, cancellationToken);
        if (sessionProblem is not null)
        {
            return sessionProblem;
        }

        var (_, caseProblem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        return caseProblem;
    }
}
