using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Cancels a session before it was held: status Cancelled; its cases are deferred and go back to waiting.</summary>
internal sealed class CancelSessionActivity(SessionStore store, CaseNotifier notifier, IAuditTrail audit, TimeProvider timeProvider, ILogger<CancelSessionActivity> logger)
    : TaskActivity<SessionConclusionInput, IReadOnlyList<string>>
{
    public const string Name = "Sessions.Cancel";

    /// <summary>The reason the returned cases get.</summary>
    public const string CancelledReason = "session cancelled";

    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, SessionConclusionInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var (sessionId, committeeId) = (input.Session.SessionId, input.Session.CommitteeId);
        await store.UpdateAsync(committeeId, book =>
        {
            var session = book.FindSession(sessionId) ?? throw new InvalidOperationException($"Session {sessionId} is not in the store.");
            book.Put(session with { Status = SessionStatus.Cancelled });
            foreach (var entry in book.AgendaOf(sessionId).Where(e => e.IsActive))
            {
                book.Put(entry with { State = SessionCaseState.Deferred, CarriedOver = true });
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        var returned = (await store.LoadAsync(committeeId, cancellationToken).ConfigureAwait(false)).AgendaOf(sessionId).Where(e => e.CarriedOver).ToArray();
        await ConcludeSessionActivity.ReturnToWaitingAsync(store, notifier, committeeId, returned, CancelledReason, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(
            new AuditEntry(sessionId, timeProvider.GetUtcNow(), input.Event.Actor.Role, input.Event.Actor.Subject, "session.cancelled"),
            $"{sessionId}|cancelled",
            cancellationToken).ConfigureAwait(false);
        SessionsLog.SessionCancelled(logger, sessionId, returned.Length);
        return returned.Select(e => e.CaseNumber).ToArray();
    }
}
