namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The input of the case orchestration (<c>CaseLifecycle</c>, instance id = case number), set by the intake.</summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="CaseNumber">The case number.</param>
public sealed record CaseLifecycleInput(string CommitteeId, string CaseNumber);
