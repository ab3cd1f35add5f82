using Bleiberecht.Cases.Committees;
using Bleiberecht.Documents.Application;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// The blank forms for counsellors (anonymous): the fillable Kurzantrag and the separate one-page consent declaration,
/// addressed to the committee of <c>?committee=</c> (default: the first configured).
/// </summary>
internal static class FormEndpoints
{
    private const string Tag = "Formulare";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApi(ApiAccess.KurzantragForm, (string? committee, [FromServices] CommitteeCatalog committees, [FromServices] TimeProvider timeProvider) =>
            Render(committee, committees, timeProvider, KurzantragFormGenerator.Generate, "kurzantrag.pdf"), Tag)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        endpoints.MapApi(ApiAccess.ConsentForm, (string? committee, [FromServices] CommitteeCatalog committees, [FromServices] TimeProvider timeProvider) =>
            Render(committee, committees, timeProvider, KurzantragFormGenerator.GenerateConsentForm, "einwilligung.pdf"), Tag)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
    }

    private static IResult Render(string? committeeId, CommitteeCatalog committees, TimeProvider timeProvider, Func<KurzantragFormOptions, byte[]> generate, string fileName)
    {
        var committee = committeeId is { Length: > 0 } ? committees.Find(committeeId) : committees.All.FirstOrDefault();
        if (committee is null)
        {
            return ApiProblems.NotFound("committee", $"Das Gremium „{committeeId}“ ist nicht eingerichtet.", $"The committee '{committeeId}' is not configured.");
        }

        var options = new KurzantragFormOptions { CommitteeName = committee.Name, AuthorityName = committee.ForeignersAuthority.Name, TimeProvider = timeProvider };
        return Results.File(generate(options), "application/pdf", fileName);
    }
}
