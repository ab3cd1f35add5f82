namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The input of the case orchestration (<c>CaseLifecycle</c>, instance id = case number), started by the intake.</summary>
/// <param name="CommitteeId">The committee the case belongs to.</param>
/// <param name="CaseNumber">The case number, e.g. <c>BF-2026-0042</c>.</param>
public sealed record CaseLifecycleInput(string CommitteeId, string CaseNumber);
