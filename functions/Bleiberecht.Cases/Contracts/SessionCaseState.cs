namespace Bleiberecht.Cases.Contracts;

/// <summary>A case's state within one session.</summary>
public enum SessionCaseState
{
    /// <summary>Scheduled; the agenda is still open.</summary>
    Scheduled,

    /// <summary>On the closed agenda.</summary>
    OnAgenda,

    /// <summary>Assessment recorded.</summary>
    Assessed,

    /// <summary>Deferral recorded (or carried over at the conclusion).</summary>
    Deferred,

    /// <summary>Left the session (withdrawn, consent revoked, not admissible).</summary>
    Removed,
}
