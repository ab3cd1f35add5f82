using System.Globalization;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Mail;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// Generates a letter (committee letterhead and templates), stores it with the case and mails it (subject with the case
/// number only, German text, the PDF attached). File name and Message-ID come from the orchestration step, so a repeat
/// overwrites the same blob and the sent-mail log keeps the mail from going out twice.
/// </summary>
internal sealed class SendCaseLetterActivity(
    IDocumentStore documents,
    CommitteeCatalog committees,
    CaseStore cases,
    CaseMailer mailer,
    IAuditTrail audit,
    TimeProvider timeProvider,
    ILogger<SendCaseLetterActivity> logger,
    ISessionService? sessions = null)
    : TaskActivity<CaseLetterOrder, string>
{
    public const string Name = "CaseLifecycle.SendLetter";

    public override async Task<string> RunAsync(TaskActivityContext context, CaseLetterOrder input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var committee = committees.Get(input.Case.CommitteeId);
        var summary = await cases.GetAsync(input.Case.CaseNumber, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Case {input.Case.CaseNumber} is not registered.");
        var application = await new ApplicationDataStore(documents).LoadAsync(input.Case.CaseNumber, cancellationToken).ConfigureAwait(false);
        var toAuthority = input.Kind is CaseLetterKind.CaseTakenUpNotice or CaseLetterKind.AssessmentNotice;
        var recipient = toAuthority ? committee.ForeignersAuthority : CounsellorContact(committee, summary.CounsellorEmail);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone);
        var data = new CaseLetterData
        {
            Recipient = new PostalAddress([recipient.Name, recipient.Email]),
            CaseReference = input.Case.CaseNumber,
            ApplicantName = ApplicantName(application),
            TheirReference = toAuthority ? application?.Record.AuthorityFileReference : null,
            Date = LocalDate(timeProvider.GetUtcNow(), zone),
            SignedBy = committee.Secretariat.Name,
            AssessmentText = input.Assessment?.Text,
            Recommendation = input.Assessment?.Recommendation,
            Items = Items(input, application),
            DueDate = input.DueAt is { } due ? LocalDate(due, zone) : null,
            ClosingReason = input.ClosingReason,
            Session = await SessionAsync(input, cancellationToken).ConfigureAwait(false),
        };
        var generator = new DocumentGenerator(
            new CommitteeLetterhead(committee.Name, [committee.Secretariat.Name], committee.Name, committee.Secretariat.Email),
            TemplateSet.Load(committee.Templates),
            timeProvider);
        var (kind, slug, title, pdf) = input.Kind switch
        {
            CaseLetterKind.MissingItemsRequest => (StoredDocumentKind.MissingItemsRequest, "anforderung", "Anforderung fehlender Angaben", generator.MissingItemsRequest(data)),
            CaseLetterKind.Reminder => (StoredDocumentKind.Reminder, "erinnerung", "Erinnerung an fehlende Angaben", generator.Reminder(data)),
            CaseLetterKind.ClosingNotice => (StoredDocumentKind.ClosingNotice, "abschluss", "Abschluss des Verfahrens", generator.ClosingNotice(data)),
            CaseLetterKind.CaseTakenUpNotice => (StoredDocumentKind.AuthorityNotice, "mitteilung-abh", "Mitteilung über die Befassung", generator.AuthorityNotice(data)),
            CaseLetterKind.AssessmentLetter => (StoredDocumentKind.AssessmentLetter, "bewertung", "Ergebnis der Beratung", generator.AssessmentLetter(data)),
            CaseLetterKind.AssessmentNotice => (StoredDocumentKind.AuthorityNotice, "bewertung-abh", "Einschätzung des Gremiums", generator.AuthorityNotice(data)),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Kind, "Unknown letter."),
        };
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{input.Step:D2}-{slug}.pdf");
        var stored = await documents.SaveAsync(kind, input.Case.CaseNumber, null, fileName, pdf, cancellationToken: cancellationToken).ConfigureAwait(false);
        var messageId = string.Create(CultureInfo.InvariantCulture, $"{input.Case.CaseNumber}.{input.Step:D2}.{slug}");
        var sent = await mailer.SendAsync(committee, recipient, input.Case.CaseNumber, messageId, title, fileName, pdf, cancellationToken).ConfigureAwait(false);
        if (sent)
        {
            CaseLifecycleLog.LetterSent(logger, input.Case.CaseNumber, input.Kind, messageId);
        }
        else
        {
            CaseLifecycleLog.LetterAlreadySent(logger, input.Case.CaseNumber, input.Kind, messageId);
        }

        await audit.AppendAsync(
            new AuditEntry(input.Case.CaseNumber, timeProvider.GetUtcNow(), ActorRole.System, Actor.System.Subject, "mail.sent", $"{kind} to {(toAuthority ? "authority" : "counsellor")}"),
            string.Create(CultureInfo.InvariantCulture, $"{input.Step:D3}-mail"),
            cancellationToken).ConfigureAwait(false);
        return stored.Id;
    }

    private static Contact CounsellorContact(CommitteeConfiguration committee, string email)
    {
        var organisation = committee.FindOrganisationOf(email);
        var counsellor = organisation?.Counsellors.FirstOrDefault(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));
        return new Contact(counsellor is null ? organisation?.Name ?? email : $"{organisation!.Name}, {counsellor.Name}", email);
    }

    private static string ApplicantName(StoredApplication? application) =>
        application?.Record is { } record && string.Join(' ', new[] { record.GivenNames, record.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name
            ? name
            : "die antragstellende Person";

    private static IReadOnlyList<string> Items(CaseLetterOrder input, StoredApplication? application) => input.Kind switch
    {
        CaseLetterKind.MissingItemsRequest or CaseLetterKind.Reminder => MissingTexts(application),
        CaseLetterKind.ClosingNotice => input.ClosingReason switch
        {
            ClosingReason.Incomplete => MissingTexts(application),
            ClosingReason.NotAdmissible => (input.Exclusions ?? []).Select(ExclusionTexts.German).ToArray(),
            _ => input.ReasonText is { Length: > 0 } reason ? ["Begründung: " + reason] : [],
        },
        _ => [],
    };

    private static string[] MissingTexts(StoredApplication? application) =>
        application is null
            ? ["Der Kurzantrag konnte nicht gelesen werden. Bitte senden Sie ihn erneut als ausfüllbares PDF."]
            : [.. application.Problems.Where(p => !p.IsWarning).Select(p => p.MessageDe).Distinct(StringComparer.Ordinal)];

    private async Task<SessionInfo?> SessionAsync(CaseLetterOrder input, CancellationToken cancellationToken)
    {
        if (input.SessionId is null)
        {
            return null;
        }

        var view = sessions is null ? null : await sessions.GetAsync(input.SessionId, cancellationToken).ConfigureAwait(false);
        return view is not null
            ? new SessionInfo(view.Number, view.StartsAt, view.Duration, view.Place)
            : new SessionInfo(0, input.DecidedAt ?? timeProvider.GetUtcNow(), TimeSpan.FromHours(2), "");
    }

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
