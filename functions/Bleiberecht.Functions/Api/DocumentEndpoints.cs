using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary><c>GET /api/documents/{**id}</c>: a stored document, checked against the reader's scope, as a download with its safe name.</summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApi(ApiAccess.DownloadDocument, DownloadAsync, "Dokumente").Produces(StatusCodes.Status200OK, contentType: "application/pdf");

    private static async Task<IResult> DownloadAsync(
        HttpContext http, string documentId, [FromServices] IDocumentStore documents, [FromServices] ICaseService cases, [FromServices] ISessionService sessions,
        CancellationToken cancellationToken)
    {
        var actor = http.GetActor()!;
        var notFound = ApiProblems.NotFound("documentId", "Dieses Dokument gibt es nicht (mehr).", "There is no such document (any more).");
        if (await documents.OpenAsync(documentId, cancellationToken) is not { } opened)
        {
            return notFound;
        }

        var (document, content) = opened;
        if (!ApiAccess.ReadableKinds(actor.Role).Contains(document.Kind))
        {
            return Forbidden();
        }

        var summary = document.CaseNumber is { } caseNumber ? await cases.GetAsync(caseNumber, cancellationToken) : null;
        var session = document.SessionId is { } sessionId && actor.Role != ActorRole.Counsellor ? await sessions.GetAsync(sessionId, cancellationToken) : null;
        if (!AccessPolicy.CanReadDocument(actor, document, summary, session))
        {
            return Forbidden();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content.ToArray(), document.ContentType, document.FileName);
    }

    private static IResult Forbidden() =>
        ApiProblems.Forbidden("documentId", "Dieses Dokument ist für Ihre Rolle nicht freigegeben.", "This document is not released to your role.");
}
