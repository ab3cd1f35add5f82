namespace Bleiberecht.Cases.Contracts;

/// <summary>The committee calendar: planning sessions, recording outcomes, concluding (authorization is the caller's).</summary>
public interface ISessionService
{
    /// <summary>Plans a session and starts its orchestration; throws <see cref="SessionPlanningException"/> (e.g. a fifth regular session in a year).</summary>
    Task<SessionView> PlanAsync(string committeeId, SessionPlan plan, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The session, or null.</summary>
    Task<SessionView?> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Sessions of a committee starting in a calendar year, in date order.</summary>
    Task<IReadOnlyList<SessionView>> ListAsync(string committeeId, int year, CancellationToken cancellationToken = default);

    /// <summary>Puts a waiting (urgent) case on a session whose agenda is open, e.g. an ad hoc session.</summary>
    Task AssignCaseAsync(string sessionId, string caseNumber, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Records the joint assessment of a case on the session's agenda.</summary>
    Task RecordAssessmentAsync(string sessionId, string caseNumber, Assessment assessment, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Records a deferral: the case goes back to waiting for a later session.</summary>
    Task RecordDeferralAsync(string sessionId, string caseNumber, string? reason, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Concludes the session: minutes generated and kept apart; undecided cases carried over.</summary>
    Task ConcludeAsync(string sessionId, SessionConclusion conclusion, Actor actor, CancellationToken cancellationToken = default);
}
