namespace Bleiberecht.Workflow.Engine;

/// <summary>The state row of an instance partition: what clients read without touching history.</summary>
internal sealed record InstanceState
{
    public required string InstanceId { get; init; }

    public required string Name { get; init; }

    public required OrchestrationRuntimeStatus Status { get; init; }

    public required string ExecutionId { get; init; }

    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? CustomStatus { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUpdatedAt { get; init; }

    public DateTimeOffset? ScheduledStartTime { get; init; }

    /// <summary>The sequence number of the next history row of this execution.</summary>
    public long NextHistorySequence { get; init; }

    /// <summary>Number of history events of this execution.</summary>
    public int HistoryEventCount { get; init; }

    /// <summary>Ids of client messages consumed by earlier executions (duplicate detection across ContinueAsNew).</summary>
    public IReadOnlyList<string> RecentMessageIds { get; init; } = [];

    /// <summary>The ETag the row was read with; null for a row not stored yet.</summary>
    public string? ETag { get; init; }

    public bool IsTerminal => Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;
}
