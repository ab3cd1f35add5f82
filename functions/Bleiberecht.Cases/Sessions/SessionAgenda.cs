using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// <see cref="ISessionAgenda"/> on the <c>sessions</c> table: a ready case goes onto the earliest session whose agenda is
/// open (regular; urgent cases also ad hoc), else onto the waiting list. The case orchestration knows the answer; no
/// event is raised here.
/// </summary>
internal sealed class SessionAgenda(SessionStore store, CommitteeCatalog committees, TimeProvider timeProvider) : ISessionAgenda
{
    /// <inheritdoc />
    public Task<string?> EnqueueAsync(string committeeId, string caseNumber, bool urgent, CancellationToken cancellationToken = default)
    {
        var calendar = new SessionCalendar(committees.Get(committeeId));
        return store.UpdateAsync(committeeId, book =>
        {
            if (book.ActiveEntryOf(caseNumber) is { } active)
            {
                return active.SessionId;
            }

            var now = timeProvider.GetUtcNow();
            var open = book.Sessions.Where(s => s.Status == SessionStatus.Planned).Select(s => s.ToPlanned());
            if (calendar.NextOpenSession(open, now, includeAdHoc: urgent) is { } next)
            {
                book.Schedule(next.Id, caseNumber, urgent);
                return next.Id;
            }

            if (book.FindWaiting(caseNumber) is not { } waiting || waiting.Urgent != urgent)
            {
                book.Put(new WaitingEntry(caseNumber, urgent, book.FindWaiting(caseNumber)?.ReadySince ?? now));
            }

            return (string?)null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string committeeId, string caseNumber, CancellationToken cancellationToken = default) =>
        store.UpdateAsync(committeeId, book =>
        {
            book.RemoveWaiting(caseNumber);
            if (book.ActiveEntryOf(caseNumber) is { } active)
            {
                book.Put(active with { State = SessionCaseState.Removed });
            }

            return true;
        }, cancellationToken);
}
