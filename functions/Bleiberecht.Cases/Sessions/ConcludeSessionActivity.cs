using System.Net.Mime;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// Concludes a session: undecided cases (still OnAgenda) are carried over (Deferred), the minutes are generated and stored
/// apart (container <c>minutes</c>) and mailed to the secretariat only, then each carried-over case is told (once) to go
/// back to waiting. Returns the carried-over case numbers.
/// </summary>
internal sealed class ConcludeSessionActivity(
    SessionStore store,
    CommitteeCatalog committees,
    IDocumentStore documents,
    SessionDocuments renderer,
    SessionMailer mailer,
    CaseNotifier notifier,
    TimeProvider timeProvider,
    ILogger<ConcludeSessionActivity> logger) : TaskActivity<SessionConclusionInput, IReadOnlyList<string>>
{
    public const string Name = "Sessions.Conclude";

    /// <summary>The reason the carried-over cases get.</summary>
    public const string CarriedOverReason = "carried over";

    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, SessionConclusionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var (sessionId, committeeId) = (input.Session.SessionId, input.Session.CommitteeId);
        var committee = committees.Get(committeeId);
        var conclusion = input.Event.Conclusion ?? new SessionConclusion([], committee.Secretariat.Name);
        await store.UpdateAsync(committeeId, book =>
        {
            var session = book.FindSession(sessionId) ?? throw new InvalidOperationException($"Session {sessionId} is not in the store.");
            if (session.Status != SessionStatus.Concluded)
            {
                book.Put(session with { Status = SessionStatus.Concluded });
            }

            foreach (var entry in book.AgendaOf(sessionId).Where(e => e.State == SessionCaseState.OnAgenda))
            {
                book.Put(entry with { State = SessionCaseState.Deferred, CarriedOver = true });
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        var book = await store.LoadAsync(committeeId, cancellationToken).ConfigureAwait(false);
        var concluded = book.FindSession(sessionId)!;
        var entries = book.AgendaOf(sessionId);
        if (!concluded.MinutesDone)
        {
            var minutes = renderer.Minutes(committee, concluded, conclusion, entries);
            await documents.SaveAsync(StoredDocumentKind.Minutes, null, sessionId, "minutes.pdf", minutes, cancellationToken: cancellationToken).ConfigureAwait(false);
            await mailer.SendOnceAsync(sessionId, "secretariat", new OutgoingMail
            {
                From = mailer.From,
                To = [new MailAddress(committee.Secretariat.Name, committee.Secretariat.Email)],
                Subject = $"Niederschrift der {concluded.Number}. Sitzung ({sessionId}) – vertraulich",
                Date = timeProvider.GetUtcNow(),
                MessageId = mailer.MessageId(sessionId, "minutes"),
                TextBody = "Guten Tag,\n\nanbei der Entwurf der Niederschrift der Sitzung. Die Niederschrift wird nicht Bestandteil der Ausländerpersonalakte und nicht weitergegeben.\n\nDiese Nachricht wurde automatisch erstellt.\n",
                Attachments = [new("Niederschrift.pdf", MediaTypeNames.Application.Pdf, minutes)],
                IsAutomatic = true,
            }, cancellationToken).ConfigureAwait(false);
            await store.UpdateAsync(committeeId, b =>
            {
                b.Put(b.FindSession(sessionId)! with { MinutesDone = true });
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }

        var carried = entries.Where(e => e.CarriedOver).ToArray();
        await ReturnToWaitingAsync(store, notifier, committeeId, carried, CarriedOverReason, cancellationToken).ConfigureAwait(false);
        SessionsLog.SessionConcluded(logger, sessionId, carried.Length);
        return carried.Select(e => e.CaseNumber).ToArray();
    }

    /// <summary>Tells each case (once: flag <see cref="AgendaEntry.ReturnSent"/>) that it goes back to waiting.</summary>
    internal static async Task ReturnToWaitingAsync(SessionStore store, CaseNotifier notifier, string committeeId, IEnumerable<AgendaEntry> entries, string reason, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Where(e => !e.ReturnSent))
        {
            await notifier.NotifyAsync(entry.CaseNumber, CaseEventKind.Deferred, entry.SessionId, Actor.System, reason: reason, cancellationToken: cancellationToken).ConfigureAwait(false);
            await store.UpdateAsync(committeeId, b =>
            {
                if (b.FindEntry(entry.SessionId, entry.CaseNumber) is { } current)
                {
                    b.Put(current with { ReturnSent = true });
                }

                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
