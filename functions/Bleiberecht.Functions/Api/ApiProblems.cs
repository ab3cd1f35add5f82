using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// Every API error as <c>application/problem+json</c>: <c>type</c> (<c>urn:bleiberecht:problem:{code}</c>), German
/// <c>title</c> and <c>detail</c>, <c>status</c>, <c>errors</c> naming the field, and <c>code</c> and <c>detailEn</c>.
/// </summary>
internal static class ApiProblems
{
    public const string TypePrefix = "urn:bleiberecht:problem:";

    public static IResult Create(int status, string code, string field, string detailDe, string detailEn, IDictionary<string, object?>? extensions = null) =>
        Create(status, code, new Dictionary<string, string[]> { [field] = [detailDe] }, detailDe, detailEn, extensions);

    public static IResult Create(int status, string code, IDictionary<string, string[]> errors, string detailDe, string detailEn, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code, ["detailEn"] = detailEn };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        return Results.ValidationProblem(errors, detailDe, type: TypePrefix + code, title: Title(status), statusCode: status, extensions: all);
    }

    public static IResult Unauthenticated() => Create(
        StatusCodes.Status401Unauthorized, "unauthenticated", "Authorization",
        "Bitte melden Sie sich an.", "Please sign in.");

    public static IResult Forbidden(string field, string detailDe, string detailEn) =>
        Create(StatusCodes.Status403Forbidden, "forbidden", field, detailDe, detailEn);

    public static IResult NotFound(string field, string detailDe, string detailEn) =>
        Create(StatusCodes.Status404NotFound, "not-found", field, detailDe, detailEn);

    public static IResult Invalid(string field, string detailDe, string detailEn) =>
        Create(StatusCodes.Status400BadRequest, "invalid-request", field, detailDe, detailEn);

    /// <summary>422 with the submission's problems: <c>errors</c> per field (or <c>files</c>), <c>problems</c> in full.</summary>
    public static IResult Submission(IReadOnlyList<ApplicationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var errors = problems
            .GroupBy(p => p.Field ?? "files", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.MessageDe).ToArray(), StringComparer.Ordinal);
        if (errors.Count == 0)
        {
            errors["files"] = ["Die Einreichung wurde abgelehnt."];
        }

        return Create(
            StatusCodes.Status422UnprocessableEntity, "submission-rejected", errors,
            "Die Einreichung wurde nicht angenommen; es wurde nichts gespeichert.",
            "The submission was not accepted; nothing was stored.",
            new Dictionary<string, object?> { ["problems"] = problems });
    }

    /// <summary>The German title of a status.</summary>
    public static string Title(int status) => status switch
    {
        400 => "Ungültige Anfrage",
        401 => "Nicht angemeldet",
        403 => "Keine Berechtigung",
        404 => "Nicht gefunden",
        405 => "Methode nicht erlaubt",
        409 => "Nicht möglich im aktuellen Zustand",
        413 => "Anfrage zu groß",
        415 => "Nicht unterstütztes Format",
        422 => "Nicht verarbeitbar",
        _ => status >= 500 ? "Interner Fehler" : "Fehler",
    };
}
