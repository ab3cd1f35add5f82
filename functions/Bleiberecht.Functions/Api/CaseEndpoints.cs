using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary>Cases: submit, list, read, add documents, withdraw, revoke consent, report exclusions, documents, audit.</summary>
internal static class CaseEndpoints
{
    private const string Tag = "Fälle";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApi(ApiAccess.SubmitCase, SubmitAsync, Tag)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<SubmissionResponse>(StatusCodes.Status201Created)
            .Produces<SubmissionResponse>()
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.ListCases, ListAsync, Tag).Produces<IReadOnlyList<CaseSummary>>();
        endpoints.MapApi(ApiAccess.GetCase, GetAsync, Tag).Produces<CaseSummary>();
        endpoints.MapApi(ApiAccess.AddDocuments, AddDocumentsAsync, Tag)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<SubmissionResponse>()
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        endpoints.MapApi(ApiAccess.Withdraw, WithdrawAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict);
        endpoints.MapApi(ApiAccess.RevokeConsent, RevokeConsentAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict);
        endpoints.MapApi(ApiAccess.ReportExclusion, ReportExclusionAsync, Tag).Produces(StatusCodes.Status202Accepted).ProducesValidationProblem(StatusCodes.Status409Conflict);
        endpoints.MapApi(ApiAccess.ListCaseDocuments, ListDocumentsAsync, Tag).Produces<IReadOnlyList<StoredDocument>>();
        endpoints.MapApi(ApiAccess.CaseAudit, AuditAsync, Tag).Produces<IReadOnlyList<AuditEntry>>();
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, string committee, [FromServices] ICaseIntake intake, [FromServices] TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (files, problem) = await Uploads.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await intake.SubmitAsync(new IntakeRequest(committee, IntakeChannel.Api, actor.Subject, files, timeProvider.GetUtcNow()), cancellationToken);
        if (!result.Accepted)
        {
            return ApiProblems.Submission(result.Problems);
        }

        var body = new SubmissionResponse(result.CaseNumber!, result.Created, result.Status, result.Problems);
        var location = "/api/cases/" + Uri.EscapeDataString(result.CaseNumber!);
        if (result.Created)
        {
            return Results.Created(location, body);
        }

        http.Response.Headers.Location = location;
        return Results.Ok(body);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, string committee, int? year, [FromServices] ICaseService cases, [FromServices] CommitteeCatalog committees,
        [FromServices] AccessPolicy policy, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var selectedYear = year ?? policy.Today(committees.Get(committee)).Year;
        if (selectedYear is < 2000 or > 9999)
        {
            return ApiProblems.Invalid("year", "Das Jahr muss vierstellig sein.", "The year must have four digits.");
        }

        var organisation = actor.Role == ActorRole.Counsellor ? actor.OrganisationId : null;
        var list = await cases.ListAsync(committee, selectedYear, organisation, cancellationToken);
        return Results.Ok(list.Where(c => AccessPolicy.CanSeeCase(actor, c)).ToArray());
    }

    private static async Task<IResult> GetAsync(HttpContext http, string caseNumber, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var (summary, problem) = await CaseLookup.LoadAsync(cases, http.GetActor()!, caseNumber, cancellationToken);
        return problem ?? Results.Ok(summary);
    }

    private static async Task<IResult> AddDocumentsAsync(
        HttpContext http, string caseNumber, [FromServices] ICaseService cases, [FromServices] ICaseIntake intake, [FromServices] TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (summary, problem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (files, uploadProblem) = await Uploads.ReadAsync(http.Request, cancellationToken);
        if (uploadProblem is not null)
        {
            return uploadProblem;
        }

        var request = new IntakeRequest(summary!.CommitteeId, IntakeChannel.Api, actor.Subject, files, timeProvider.GetUtcNow());
        var result = await intake.AddDocumentsAsync(caseNumber, request, cancellationToken);
        return result.Accepted
            ? Results.Ok(new SubmissionResponse(result.CaseNumber!, result.Created, result.Status, result.Problems))
            : ApiProblems.Submission(result.Problems);
    }

    private static async Task<IResult> WithdrawAsync(
        HttpContext http, string caseNumber, [FromBody] WithdrawalRequest? body, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (_, problem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await cases.WithdrawAsync(caseNumber, actor, body?.Reason, cancellationToken);
        return Results.Accepted(CaseLocation(caseNumber));
    }

    private static async Task<IResult> RevokeConsentAsync(HttpContext http, string caseNumber, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (_, problem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await cases.RevokeConsentAsync(caseNumber, actor, cancellationToken);
        return Results.Accepted(CaseLocation(caseNumber));
    }

    private static async Task<IResult> ReportExclusionAsync(
        HttpContext http, string caseNumber, [FromBody] ExclusionRequest body, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        if (body.Fact is not { } fact || !Enum.IsDefined(fact))
        {
            return ApiProblems.Invalid(
                "fact",
                "Bitte den Ausschlussgrund angeben: OtherAuthorityCompetent, CourtProcedurePending oder AsylumApplication.",
                "Give the exclusion fact: OtherAuthorityCompetent, CourtProcedurePending or AsylumApplication.");
        }

        var (_, problem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await cases.ReportExclusionAsync(caseNumber, fact, actor, cancellationToken);
        return Results.Accepted(CaseLocation(caseNumber));
    }

    private static async Task<IResult> ListDocumentsAsync(
        HttpContext http, string caseNumber, [FromServices] ICaseService cases, [FromServices] IDocumentStore documents, CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var (summary, problem) = await CaseLookup.LoadAsync(cases, actor, caseNumber, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var list = await documents.ListForCaseAsync(caseNumber, cancellationToken);
        return Results.Ok(list.Where(d => d.Kind != StoredDocumentKind.Minutes && AccessPolicy.CanReadDocument(actor, d, summary, session: null)).ToArray());
    }

    private static async Task<IResult> AuditAsync(HttpContext http, string caseNumber, [FromServices] ICaseService cases, CancellationToken cancellationToken)
    {
        var (_, problem) = await CaseLookup.LoadAsync(cases, http.GetActor()!, caseNumber, cancellationToken);
        return problem ?? Results.Ok(await cases.GetAuditTrailAsync(caseNumber, cancellationToken));
    }

    private static string CaseLocation(string caseNumber) => "/api/cases/" + Uri.EscapeDataString(caseNumber);
}
