using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The counsellors' HTML form (no JavaScript): <c>GET/POST /api/antrag</c> submits a Kurzantrag,
/// <c>GET/POST /api/antrag/{caseNumber}/nachreichen</c> adds documents to a case of the counsellor's own organisation.
/// </summary>
internal static class SubmissionEndpoints
{
    /// <summary>The form's address.</summary>
    public const string Path = "/api/antrag";

    private const string ExpiredFormMessage =
        "Das Formular war abgelaufen oder wurde nicht von dieser Seite gesendet. Bitte wählen Sie die Dateien erneut aus und senden Sie das Formular noch einmal.";

    public static IEndpointRouteBuilder MapSubmissionForm(this IEndpointRouteBuilder endpoints)
    {
        var sizeLimit = new RequestSizeLimitAttribute(FormLimits.MaxRequestBytes);
        endpoints.MapGet(Path, ShowForm).ExcludeFromDescription();
        endpoints.MapPost(Path, SubmitAsync).WithMetadata(sizeLimit).ExcludeFromDescription();
        endpoints.MapGet(Path + "/{caseNumber}/nachreichen", ShowSupplementAsync).ExcludeFromDescription();
        endpoints.MapPost(Path + "/{caseNumber}/nachreichen", SupplementAsync).WithMetadata(sizeLimit).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult ShowForm(HttpContext context, IAntiforgery antiforgery, RunningMode running)
    {
        if (Deny(context, running) is { } denied)
        {
            return denied;
        }

        return new HtmlResult(SubmissionPage.Render(context.GetActor()!, antiforgery.GetAndStoreTokens(context), []));
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, IAntiforgery antiforgery, RunningMode running, TimeProvider time, ILoggerFactory loggers)
    {
        if (Deny(context, running) is { } denied)
        {
            return denied;
        }

        var actor = context.GetActor()!;
        var logger = loggers.CreateLogger(FormLog.Category);
        var cancellationToken = context.RequestAborted;
        IResult Form(IReadOnlyList<FormError> errors, int status) =>
            new HtmlResult(SubmissionPage.Render(actor, antiforgery.GetAndStoreTokens(context), errors), status);

        if (await FormUpload.ReadAsync(context, cancellationToken) is not { } form)
        {
            FormLog.TooLarge(logger, FormLimits.MaxRequestBytes);
            return Form([new FormError(UploadFields.Application, FormLimits.TooLargeMessage)], StatusCodes.Status413PayloadTooLarge);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            FormLog.AntiforgeryFailed(logger);
            return Form([new FormError(null, ExpiredFormMessage)], StatusCodes.Status400BadRequest);
        }

        var files = await FormUpload.FilesAsync(form, [UploadFields.Application, UploadFields.Consent], cancellationToken);
        if (!files.Any(f => f.FieldId == UploadFields.Application))
        {
            return Form([new FormError(UploadFields.Application, "Bitte wählen Sie den unterschriebenen Kurzantrag als PDF-Datei aus.")], StatusCodes.Status422UnprocessableEntity);
        }

        if (context.RequestServices.GetService<ICaseIntake>() is not { } intake)
        {
            FormLog.ServiceMissing(logger, nameof(ICaseIntake));
            return Unavailable();
        }

        IntakeResult result;
        try
        {
            var request = new IntakeRequest(actor.CommitteeId!, IntakeChannel.Form, actor.Subject, [.. files.Select(f => f.File)], time.GetUtcNow());
            result = await intake.SubmitAsync(request, cancellationToken);
        }
        catch (CaseActionException e)
        {
            FormLog.Rejected(logger, e.Code);
            return Form([new FormError(null, e.MessageDe)], StatusCodes.Status422UnprocessableEntity);
        }

        if (!result.Accepted)
        {
            FormLog.Rejected(logger, Codes(result));
            return Form(ProblemFields.Map(result.Problems, files, UploadFields.Application), StatusCodes.Status422UnprocessableEntity);
        }

        FormLog.Accepted(logger, result.CaseNumber!, result.Created, result.Problems.Count(p => !p.IsWarning));
        return new HtmlResult(ConfirmationPage.Render(result, supplement: false, antiforgery.GetAndStoreTokens(context)));
    }

    private static async Task<IResult> ShowSupplementAsync(string caseNumber, HttpContext context, IAntiforgery antiforgery, RunningMode running, ILoggerFactory loggers)
    {
        if (await DenySupplementAsync(caseNumber, context, running, loggers) is { } denied)
        {
            return denied;
        }

        return new HtmlResult(SupplementPage.Render(caseNumber, antiforgery.GetAndStoreTokens(context), []));
    }

    private static async Task<IResult> SupplementAsync(string caseNumber, HttpContext context, IAntiforgery antiforgery, RunningMode running, TimeProvider time, ILoggerFactory loggers)
    {
        if (await DenySupplementAsync(caseNumber, context, running, loggers) is { } denied)
        {
            return denied;
        }

        var actor = context.GetActor()!;
        var logger = loggers.CreateLogger(FormLog.Category);
        var cancellationToken = context.RequestAborted;
        IResult Form(IReadOnlyList<FormError> errors, int status) =>
            new HtmlResult(SupplementPage.Render(caseNumber, antiforgery.GetAndStoreTokens(context), errors), status);

        if (await FormUpload.ReadAsync(context, cancellationToken) is not { } form)
        {
            FormLog.TooLarge(logger, FormLimits.MaxRequestBytes);
            return Form([new FormError(UploadFields.Supplement, FormLimits.TooLargeMessage)], StatusCodes.Status413PayloadTooLarge);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            FormLog.AntiforgeryFailed(logger);
            return Form([new FormError(null, ExpiredFormMessage)], StatusCodes.Status400BadRequest);
        }

        var files = await FormUpload.FilesAsync(form, [UploadFields.Supplement], cancellationToken);
        if (files.Count == 0)
        {
            return Form([new FormError(UploadFields.Supplement, "Bitte wählen Sie mindestens eine PDF-Datei aus.")], StatusCodes.Status422UnprocessableEntity);
        }

        if (context.RequestServices.GetService<ICaseIntake>() is not { } intake)
        {
            FormLog.ServiceMissing(logger, nameof(ICaseIntake));
            return Unavailable();
        }

        IntakeResult result;
        try
        {
            var request = new IntakeRequest(actor.CommitteeId!, IntakeChannel.Form, actor.Subject, [.. files.Select(f => f.File)], time.GetUtcNow());
            result = await intake.AddDocumentsAsync(caseNumber, request, cancellationToken);
        }
        catch (CaseActionException e)
        {
            FormLog.SupplementRejected(logger, caseNumber, e.Code);
            return Form([new FormError(null, e.MessageDe)], StatusCodes.Status409Conflict);
        }

        if (!result.Accepted)
        {
            FormLog.SupplementRejected(logger, caseNumber, Codes(result));
            return Form(ProblemFields.Map(result.Problems, files, UploadFields.Supplement), StatusCodes.Status422UnprocessableEntity);
        }

        FormLog.Supplemented(logger, caseNumber, result.Problems.Count(p => !p.IsWarning));
        return new HtmlResult(ConfirmationPage.Render(result, supplement: true, antiforgery.GetAndStoreTokens(context)));
    }

    /// <summary>A page instead of the form when nobody or no counsellor of a committee is signed in; null when allowed.</summary>
    private static HtmlResult? Deny(HttpContext context, RunningMode running)
    {
        var actor = context.GetActor();
        if (actor is null)
        {
            return new HtmlResult(MessagePage.SignIn(running.Mode), StatusCodes.Status401Unauthorized);
        }

        if (actor.Role != ActorRole.Counsellor || string.IsNullOrEmpty(actor.CommitteeId))
        {
            return new HtmlResult(
                MessagePage.Render(
                    "Kein Zugang zum Antragsformular",
                    "Anträge reichen die eingetragenen Beraterinnen und Berater der Beratungsstellen ein. Ihre Anmeldung gehört nicht zu einer eingetragenen Beratungsstelle.",
                    "Wenn das nicht stimmt, wenden Sie sich bitte an die Geschäftsstelle des Gremiums."),
                StatusCodes.Status403Forbidden);
        }

        return null;
    }

    /// <summary>
    /// As <see cref="Deny"/>, and the case must belong to the counsellor's committee and organisation. Unknown and
    /// foreign cases get the same answer, so the page does not tell whether a case number exists.
    /// </summary>
    private static async Task<HtmlResult?> DenySupplementAsync(string caseNumber, HttpContext context, RunningMode running, ILoggerFactory loggers)
    {
        if (Deny(context, running) is { } denied)
        {
            return denied;
        }

        if (context.RequestServices.GetService<ICaseService>() is not { } cases)
        {
            FormLog.ServiceMissing(loggers.CreateLogger(FormLog.Category), nameof(ICaseService));
            return Unavailable();
        }

        var actor = context.GetActor()!;
        var summary = caseNumber.Length <= 64 ? await cases.GetAsync(caseNumber, context.RequestAborted) : null;
        if (summary is null
            || !string.Equals(summary.CommitteeId, actor.CommitteeId, StringComparison.Ordinal)
            || actor.OrganisationId is null
            || !string.Equals(summary.OrganisationId, actor.OrganisationId, StringComparison.Ordinal))
        {
            return new HtmlResult(
                MessagePage.Render(
                    "Vorgang nicht gefunden",
                    "Zu dieser Vorgangsnummer gibt es keinen Vorgang Ihrer Beratungsstelle. Bitte prüfen Sie die Nummer in der Eingangsbestätigung."),
                StatusCodes.Status404NotFound);
        }

        return null;
    }

    private static HtmlResult Unavailable() => new(
        MessagePage.Render(
            "Einreichung zurzeit nicht möglich",
            "Das Antragsformular kann gerade keine Unterlagen annehmen. Bitte versuchen Sie es später noch einmal oder senden Sie den Antrag per E-Mail an die Geschäftsstelle."),
        StatusCodes.Status503ServiceUnavailable);

    private static string Codes(IntakeResult result) => string.Join(",", result.Problems.Select(p => p.Code).Distinct());
}
