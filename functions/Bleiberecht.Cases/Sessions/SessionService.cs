using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// <see cref="ISessionService"/>: plans sessions (calendar rules), moves waiting cases onto them, records outcomes and
/// concludes. State changes are committed first, then the case and session orchestrations are told.
/// </summary>
internal sealed partial class SessionService(
    SessionStore store,
    CommitteeCatalog committees,
    WorkflowClient workflows,
    CaseNotifier notifier,
    IAuditTrail audit,
    TimeProvider timeProvider,
    ILogger<SessionService> logger) : ISessionService
{
    /// <inheritdoc />
    public async Task<SessionView> PlanAsync(string committeeId, SessionPlan plan, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var committee = committees.Get(committeeId);
        var calendar = new SessionCalendar(committee);
        var duration = plan.Duration ?? TimeSpan.FromHours(2);
        if (string.IsNullOrWhiteSpace(plan.Place))
        {
            throw SessionRefusals.Invalid("place", "Bitte den Sitzungsort angeben.", "Please give the place of the session.");
        }

        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromHours(12))
        {
            throw SessionRefusals.Invalid("duration", "Die Dauer muss zwischen einer Minute und zwölf Stunden liegen.", "The duration must lie between one minute and twelve hours.");
        }

        await StartMissingOrchestrationsAsync(committeeId, cancellationToken).ConfigureAwait(false);
        var (view, moved) = await store.UpdateAsync(committeeId, book =>
        {
            var now = timeProvider.GetUtcNow();
            if (calendar.CheckNewSession(book.Sessions.Select(s => s.ToPlanned()), plan.Kind, plan.StartsAt, now) is { } refusal)
            {
                throw SessionRefusals.From(refusal);
            }

            var year = calendar.CalendarYear(plan.StartsAt);
            var number = book.Sessions.Count(s => s.Year == year) + 1;
            var id = SessionStore.SessionId(committee.CaseNumberPrefix, year, number);
            var planned = new PlannedSession(id, plan.Kind, plan.StartsAt, PlannedAt: now);
            var session = new SessionRecord
            {
                Id = id,
                CommitteeId = committeeId,
                Year = year,
                Number = number,
                Kind = plan.Kind,
                StartsAt = plan.StartsAt,
                Duration = duration,
                Place = plan.Place.Trim(),
                Status = SessionStatus.Planned,
                PlannedAt = now,
                AgendaClosesAt = calendar.AgendaClosesAt(planned),
                InvitationsDueAt = calendar.InvitationsDueAt(planned),
            };
            book.Put(session);
            var moving = CasesFor(book, plan, now);
            foreach (var (caseNumber, urgent) in moving)
            {
                if (book.ActiveEntryOf(caseNumber) is { } elsewhere)
                {
                    book.Put(elsewhere with { State = SessionCaseState.Removed });
                }

                book.Schedule(id, caseNumber, urgent);
            }

            return (book.View(session), moving.Select(m => m.CaseNumber).ToArray());
        }, cancellationToken).ConfigureAwait(false);

        await StartOrchestrationAsync(committeeId, view.Id, view.AgendaClosesAt, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(Entry(view.Id, actor, "session.planned", $"{view.Kind} {view.StartsAt:O}"), $"{view.Id}|planned", cancellationToken).ConfigureAwait(false);
        foreach (var caseNumber in moved)
        {
            await notifier.NotifyAsync(caseNumber, CaseEventKind.SessionScheduled, view.Id, actor, cancellationToken: cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(Entry(view.Id, actor, "session.case-scheduled", caseNumber), $"{view.Id}|scheduled|{caseNumber}", cancellationToken).ConfigureAwait(false);
        }

        SessionsLog.SessionPlanned(logger, view.Id, view.Kind.ToString(), moved.Length);
        return view;
    }

    /// <inheritdoc />
    public async Task<SessionView?> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        if (committees.FindBySessionId(sessionId) is not { } committee)
        {
            return null;
        }

        var book = await store.LoadAsync(committee.Id, cancellationToken).ConfigureAwait(false);
        return book.FindSession(sessionId) is { } session ? book.View(session) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SessionView>> ListAsync(string committeeId, int year, CancellationToken cancellationToken = default)
    {
        var calendar = new SessionCalendar(committees.Get(committeeId));
        var book = await store.LoadAsync(committeeId, cancellationToken).ConfigureAwait(false);
        return book.Sessions
            .Where(s => calendar.CalendarYear(s.StartsAt) == year)
            .OrderBy(s => s.StartsAt)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(book.View)
            .ToArray();
    }

    private static (string CaseNumber, bool Urgent)[] CasesFor(SessionBook book, SessionPlan plan, DateTimeOffset now)
    {
        if (plan.Kind == SessionKind.Regular)
        {
            return book.Waiting.OrderBy(w => w.ReadySince).ThenBy(w => w.CaseNumber, StringComparer.Ordinal).Select(w => (w.CaseNumber, w.Urgent)).ToArray();
        }

        if (plan.CaseNumbers is not { Count: > 0 } requested)
        {
            return book.Waiting.Where(w => w.Urgent).OrderBy(w => w.ReadySince).ThenBy(w => w.CaseNumber, StringComparer.Ordinal).Select(w => (w.CaseNumber, true)).ToArray();
        }

        return requested.Distinct(StringComparer.Ordinal).Select(caseNumber => Available(book, caseNumber, now)).ToArray();
    }

    /// <summary>A case that may be moved: waiting, or scheduled on an agenda that is still open.</summary>
    private static (string CaseNumber, bool Urgent) Available(SessionBook book, string caseNumber, DateTimeOffset now)
    {
        if (book.FindWaiting(caseNumber) is { } waiting)
        {
            return (caseNumber, waiting.Urgent);
        }

        if (book.ActiveEntryOf(caseNumber) is { State: SessionCaseState.Scheduled } entry && book.FindSession(entry.SessionId)?.AgendaOpen(now) == true)
        {
            return (caseNumber, entry.Urgent);
        }

        throw SessionRefusals.CaseNotAvailable(caseNumber);
    }

    /// <summary>
    /// Starts the orchestration of every planned session that has none (a process that died between storing a session
    /// and starting its orchestration): called before each planning, so the next planning heals the calendar.
    /// </summary>
    internal async Task<int> StartMissingOrchestrationsAsync(string committeeId, CancellationToken cancellationToken = default)
    {
        var book = await store.LoadAsync(committeeId, cancellationToken).ConfigureAwait(false);
        var started = 0;
        foreach (var session in book.Sessions.Where(s => s.Status == SessionStatus.Planned))
        {
            if (await workflows.GetInstanceAsync(session.Id, cancellationToken: cancellationToken).ConfigureAwait(false) is null)
            {
                await StartOrchestrationAsync(committeeId, session.Id, session.AgendaClosesAt, cancellationToken).ConfigureAwait(false);
                started++;
            }
        }

        return started;
    }

    private async Task StartOrchestrationAsync(string committeeId, string sessionId, DateTimeOffset agendaClosesAt, CancellationToken cancellationToken)
    {
        try
        {
            await workflows.ScheduleNewOrchestrationInstanceAsync(
                CaseWorkflow.SessionOrchestratorName,
                new SessionLifecycleInput(sessionId, committeeId, agendaClosesAt),
                new StartOrchestrationOptions(sessionId),
                cancellationToken).ConfigureAwait(false);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Started by a concurrent repair.
        }
    }

    private AuditEntry Entry(string sessionId, Actor actor, string action, string? detail = null) =>
        new(sessionId, timeProvider.GetUtcNow(), actor.Role, actor.Subject, action, detail);

    private CommitteeConfiguration CommitteeOf(string sessionId) =>
        committees.FindBySessionId(sessionId) ?? throw SessionRefusals.SessionNotFound(sessionId);
}
