namespace Bleiberecht.Cases.Lifecycle;

/// <summary>What a closed case carries into its retention execution (non-personal).</summary>
/// <param name="Progress">The case's state when it was closed.</param>
/// <param name="Step">The step counter (audit entry ids and Message-IDs stay unique across executions).</param>
public sealed record CaseRetentionState(CaseProgress Progress, int Step);
