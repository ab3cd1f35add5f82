namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The input of the case orchestration (<c>CaseLifecycle</c>, instance id = case number), set by the intake.</summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="CaseNumber">The case number.</param>
public sealed record CaseLifecycleInput(string CommitteeId, string CaseNumber)
{
    /// <summary>
    /// Set by the orchestration itself when a closed case continues as new for its retention period (a fresh history
    /// without the events' free texts); null when the intake starts the case.
    /// </summary>
    public CaseRetentionState? Retention { get; init; }
}
