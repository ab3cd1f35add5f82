using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// Under <c>/api</c>, an error status without a body (unknown route, wrong method, a body that is not JSON or does not
/// bind) becomes <c>application/problem+json</c> of the same shape as the endpoints' own problems.
/// </summary>
internal sealed class ProblemStatusMiddleware(RequestDelegate next, IOptions<JsonOptions> jsonOptions, ILogger<ProblemStatusMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        try
        {
            await next(context);
        }
        catch (Exception e) when (!response.HasStarted && IsApi(context) && !context.RequestAborted.IsCancellationRequested)
        {
            ApiLog.UnhandledException(logger, context.Request.Method, context.GetEndpoint()?.DisplayName ?? "(no endpoint)", e);
            response.Clear();
            response.StatusCode = StatusCodes.Status500InternalServerError;
        }

        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is > 0 || response.ContentType is not null
            || !IsApi(context))
        {
            return;
        }

        var (code, field, de, en) = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("not-found", "path", "Diese Adresse gibt es nicht.", "There is no such address."),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "method", "Diese Methode ist hier nicht erlaubt.", "This method is not allowed here."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type", "Content-Type", "Dieses Inhaltsformat wird hier nicht angenommen: Dateien als multipart/form-data (Feld „files“), sonst application/json.", "This content type is not accepted here: files as multipart/form-data (field 'files'), else application/json."),
            StatusCodes.Status413PayloadTooLarge => ("too-large", "body", "Die Anfrage ist zu groß.", "The request is too large."),
            StatusCodes.Status400BadRequest => ("invalid-request", "body", "Die Anfrage ist ungültig: der Inhalt fehlt, ist kein gültiges JSON oder ein Parameter hat das falsche Format.", "The request is invalid: the body is missing or not valid JSON, or a parameter has the wrong format."),
            >= 500 => ("internal-error", "request", "Die Anfrage konnte wegen eines internen Fehlers nicht ausgeführt werden. Bitte später erneut versuchen.", "The request failed with an internal error; please try again later."),
            _ => ("error", "request", ApiProblems.Title(response.StatusCode), "The request failed."),
        };
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [de] })
        {
            Type = ApiProblems.TypePrefix + code,
            Title = ApiProblems.Title(response.StatusCode),
            Status = response.StatusCode,
            Detail = de,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["detailEn"] = en;
        response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(response.Body, problem, jsonOptions.Value.SerializerOptions, context.RequestAborted);
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
