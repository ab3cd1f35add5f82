using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// Closes a session's agenda: status AgendaClosed, scheduled cases OnAgenda (renumbered 1…n), the members in office on
/// the session day invited; then tells each case (once) that its agenda closed. Returns the cases on the agenda.
/// </summary>
internal sealed class CloseAgendaActivity(SessionStore store, CommitteeCatalog committees, CaseNotifier notifier, IAuditTrail audit, TimeProvider timeProvider, ILogger<CloseAgendaActivity> logger)
    : TaskActivity<SessionLifecycleInput, IReadOnlyList<string>>
{
    public const string Name = "Sessions.CloseAgenda";

    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, SessionLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var committee = committees.Get(input.CommitteeId);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone);
        var closedNow = await store.UpdateAsync(input.CommitteeId, book =>
        {
            var session = book.FindSession(input.SessionId) ?? throw new InvalidOperationException($"Session {input.SessionId} is not in the store.");
            if (session.Status != SessionStatus.Planned)
            {
                return false;
            }

            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.StartsAt, timeZone).DateTime);
            book.Put(session with { Status = SessionStatus.AgendaClosed, InvitedMemberIds = committee.MembersInOffice(day).Select(m => m.Id).ToArray() });
            var position = 1;
            foreach (var entry in book.AgendaOf(session.Id).Where(e => e.State == SessionCaseState.Scheduled))
            {
                book.Put(entry with { State = SessionCaseState.OnAgenda, Position = position++ });
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        var book = await store.LoadAsync(input.CommitteeId, cancellationToken).ConfigureAwait(false);
        var onAgenda = book.AgendaOf(input.SessionId).Where(e => e.State == SessionCaseState.OnAgenda).ToArray();
        if (closedNow)
        {
            await audit.AppendAsync(
                new AuditEntry(input.SessionId, timeProvider.GetUtcNow(), ActorRole.System, Actor.System.Subject, "session.agenda-closed", string.Join(' ', onAgenda.Select(e => e.CaseNumber))),
                $"{input.SessionId}|agenda-closed",
                cancellationToken).ConfigureAwait(false);
            SessionsLog.AgendaClosed(logger, input.SessionId, onAgenda.Length);
        }

        foreach (var entry in onAgenda.Where(e => !e.AgendaClosedSent))
        {
            await notifier.NotifyAsync(entry.CaseNumber, CaseEventKind.AgendaClosed, input.SessionId, Actor.System, cancellationToken: cancellationToken).ConfigureAwait(false);
            await store.UpdateAsync(input.CommitteeId, b =>
            {
                if (b.FindEntry(entry.SessionId, entry.CaseNumber) is { } current)
                {
                    b.Put(current with { AgendaClosedSent = true });
                }

                return true;
            }, cancellationToken).ConfigureAwait(false);
        }

        return onAgenda.Select(e => e.CaseNumber).ToArray();
    }
}
