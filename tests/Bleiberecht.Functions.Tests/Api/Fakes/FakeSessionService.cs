using System.Collections.Concurrent;
using Bleiberecht.Cases.Calendar;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>In-memory <see cref="ISessionService"/>; planning applies the real <see cref="SessionCalendar"/> rules.</summary>
internal sealed class FakeSessionService(CommitteeCatalog committees, TimeProvider clock) : ISessionService
{
    private readonly ConcurrentDictionary<string, SessionView> sessions = new(StringComparer.Ordinal);
    private readonly Lock planning = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    public void Add(SessionView view) => sessions[view.Id] = view;

    public Task<SessionView> PlanAsync(string committeeId, SessionPlan plan, Actor actor, CancellationToken cancellationToken = default)
    {
        var committee = committees.Get(committeeId);
        var calendar = new SessionCalendar(committee);
        lock (planning)
        {
            var existing = sessions.Values.Where(s => s.CommitteeId == committeeId).ToArray();
            if (calendar.CheckNewSession(existing.Select(s => new PlannedSession(s.Id, s.Kind, s.StartsAt, s.Status == SessionStatus.Cancelled)), plan.Kind, plan.StartsAt, clock.GetUtcNow()) is { } refusal)
            {
                throw new SessionPlanningException(refusal);
            }

            var year = calendar.CalendarYear(plan.StartsAt);
            var number = existing.Count(s => calendar.CalendarYear(s.StartsAt) == year) + 1;
            var planned = new PlannedSession($"{committee.CaseNumberPrefix}-S-{year}-{number:00}", plan.Kind, plan.StartsAt);
            var view = new SessionView
            {
                Id = planned.Id,
                CommitteeId = committeeId,
                Number = number,
                Kind = plan.Kind,
                StartsAt = plan.StartsAt,
                Place = plan.Place,
                Status = SessionStatus.Planned,
                AgendaClosesAt = calendar.AgendaClosesAt(planned),
                InvitationsDueAt = calendar.InvitationsDueAt(planned),
            };
            sessions[view.Id] = view;
            Calls.Enqueue($"plan {view.Id} by {actor.Role}");
            return Task.FromResult(view);
        }
    }

    public Task<SessionView?> GetAsync(string sessionId, CancellationToken cancellationToken = default) => Task.FromResult(sessions.GetValueOrDefault(sessionId));

    public Task<IReadOnlyList<SessionView>> ListAsync(string committeeId, int year, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SessionView>>(sessions.Values.Where(s => s.CommitteeId == committeeId && s.StartsAt.Year == year).OrderBy(s => s.StartsAt).ToArray());

    public Task AssignCaseAsync(string sessionId, string caseNumber, Actor actor, CancellationToken cancellationToken = default) => Act("assign", sessionId, caseNumber, actor);

    public Task RecordAssessmentAsync(string sessionId, string caseNumber, Assessment assessment, Actor actor, CancellationToken cancellationToken = default) =>
        Act($"assess:{assessment.Recommendation}", sessionId, caseNumber, actor);

    public Task RecordDeferralAsync(string sessionId, string caseNumber, string? reason, Actor actor, CancellationToken cancellationToken = default) => Act("defer", sessionId, caseNumber, actor);

    public Task ConcludeAsync(string sessionId, SessionConclusion conclusion, Actor actor, CancellationToken cancellationToken = default) =>
        Act($"conclude:{string.Join('+', conclusion.PresentMemberIds)}", sessionId, "-", actor);

    private Task Act(string action, string sessionId, string caseNumber, Actor actor)
    {
        Calls.Enqueue($"{action} {sessionId} {caseNumber} by {actor.Role}");
        return Task.CompletedTask;
    }
}
