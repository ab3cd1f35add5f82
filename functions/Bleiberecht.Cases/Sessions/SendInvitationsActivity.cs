using System.Globalization;
using System.Net.Mime;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// Generates and stores the agenda, the invitations (one per invited member) and the dossiers, and mails each invited
/// member and the secretariat: their invitation, the agenda, the dossiers and the calendar entry. Each mail has a
/// deterministic Message-ID and is sent at most once (sent-log), so a repeated run sends only what is missing.
/// Returns how many mails were sent now.
/// </summary>
internal sealed class SendInvitationsActivity(
    SessionStore store,
    CommitteeCatalog committees,
    ICaseService cases,
    IDocumentStore documents,
    SessionDocuments renderer,
    SessionMailer mailer,
    TimeProvider timeProvider,
    ILogger<SendInvitationsActivity> logger) : TaskActivity<SessionLifecycleInput, int>
{
    public const string Name = "Sessions.SendInvitations";

    public override async Task<int> RunAsync(TaskActivityContext context, SessionLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var committee = committees.Get(input.CommitteeId);
        var book = await store.LoadAsync(input.CommitteeId, cancellationToken).ConfigureAwait(false);
        var session = book.FindSession(input.SessionId) ?? throw new InvalidOperationException($"Session {input.SessionId} is not in the store.");
        if (session.Status == SessionStatus.Cancelled)
        {
            return 0;
        }

        var onAgenda = book.AgendaOf(session.Id).Where(e => e.State is SessionCaseState.OnAgenda or SessionCaseState.Assessed or SessionCaseState.Deferred).ToArray();
        var items = SessionDocuments.Items(onAgenda);
        var agenda = renderer.Agenda(committee, session, items);
        await documents.SaveAsync(StoredDocumentKind.Agenda, null, session.Id, "agenda.pdf", agenda, cancellationToken: cancellationToken).ConfigureAwait(false);
        var shared = new List<OutgoingAttachment> { new("Tagesordnung.pdf", MediaTypeNames.Application.Pdf, agenda) };
        foreach (var entry in onAgenda)
        {
            if (await cases.GetApplicationAsync(entry.CaseNumber, cancellationToken).ConfigureAwait(false) is not { } application)
            {
                SessionsLog.NoDossier(logger, entry.CaseNumber, session.Id);
                continue;
            }

            var dossier = renderer.Dossier(committee, session, entry.CaseNumber, application);
            await documents.SaveAsync(StoredDocumentKind.Dossier, entry.CaseNumber, session.Id, "dossier.pdf", dossier, cancellationToken: cancellationToken).ConfigureAwait(false);
            shared.Add(new($"Dossier-{entry.CaseNumber}.pdf", MediaTypeNames.Application.Pdf, dossier));
        }

        shared.Add(new("Sitzung.ics", "text/calendar", renderer.Calendar(committee, session, mailer.From.Domain)));

        var recipients = session.InvitedMemberIds
            .Select(id => committee.Members.FirstOrDefault(m => m.Id == id))
            .OfType<CommitteeMember>()
            .Select(m => (Id: m.Id, m.Name, m.Email, IsMember: true))
            .Append((Id: "secretariat", committee.Secretariat.Name, committee.Secretariat.Email, IsMember: false));
        var sent = 0;
        foreach (var recipient in recipients)
        {
            var invitation = renderer.Invitation(committee, session, items, recipient.Name, recipient.Email);
            if (recipient.IsMember)
            {
                await documents.SaveAsync(StoredDocumentKind.Invitation, null, session.Id, $"invitation-{recipient.Id}.pdf", invitation, memberId: recipient.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var mail = new OutgoingMail
            {
                From = mailer.From,
                To = [new MailAddress(recipient.Name, recipient.Email)],
                Subject = $"Einladung zur {session.Number}. Sitzung am {TimeZoneInfo.ConvertTime(session.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} ({session.Id}) – vertraulich",
                Date = timeProvider.GetUtcNow(),
                MessageId = mailer.MessageId(session.Id, "invitation." + recipient.Id),
                TextBody = $"Guten Tag {recipient.Name},\n\nanbei erhalten Sie die Einladung zur {session.Number}. nicht öffentlichen Sitzung der {committee.Name}, die Tagesordnung, die Falldossiers und einen Kalendereintrag.\n\nDie Unterlagen sind vertraulich und nur für die Mitglieder bestimmt; bitte nicht weiterleiten.\n\nMit freundlichen Grüßen\n{committee.Secretariat.Name}\n",
                Attachments = [new("Einladung.pdf", MediaTypeNames.Application.Pdf, invitation), .. shared],
                IsAutomatic = true,
            };
            if (await mailer.SendOnceAsync(session.Id, recipient.Id, mail, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }
}
