using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Replay;

/// <summary>A step the orchestrator code asked for; recorded in history as its *Scheduled/*Created event.</summary>
internal abstract record OrchestratorAction(int TaskId)
{
    /// <summary>How the step reads in code, for non-determinism messages.</summary>
    public abstract string Describe();

    /// <summary>The history event that records the step.</summary>
    public abstract HistoryEvent ToEvent(DateTimeOffset timestamp);

    /// <summary>True when <paramref name="recorded"/> records this step.</summary>
    public abstract bool Matches(HistoryEvent recorded);

    public static string Describe(HistoryEvent recorded) => recorded switch
    {
        TaskScheduledEvent e => $"CallActivityAsync(\"{e.Name}\")",
        TimerCreatedEvent => "CreateTimer(...)",
        SubOrchestrationCreatedEvent e => $"CallSubOrchestratorAsync(\"{e.Name}\")",
        _ => recorded.GetType().Name,
    };
}

internal sealed record ScheduleTaskAction(int TaskId, string Name, string? Input) : OrchestratorAction(TaskId)
{
    public override string Describe() => $"CallActivityAsync(\"{Name}\")";

    public override HistoryEvent ToEvent(DateTimeOffset timestamp) => new TaskScheduledEvent(TaskId, Name, Input) { Timestamp = timestamp };

    public override bool Matches(HistoryEvent recorded) =>
        recorded is TaskScheduledEvent e && e.TaskId == TaskId && string.Equals(e.Name, Name, StringComparison.Ordinal);
}

internal sealed record CreateTimerAction(int TaskId, DateTimeOffset FireAt) : OrchestratorAction(TaskId)
{
    public override string Describe() => "CreateTimer(...)";

    public override HistoryEvent ToEvent(DateTimeOffset timestamp) => new TimerCreatedEvent(TaskId, FireAt) { Timestamp = timestamp };

    public override bool Matches(HistoryEvent recorded) => recorded is TimerCreatedEvent e && e.TaskId == TaskId;
}

internal sealed record CreateSubOrchestrationAction(int TaskId, string Name, string InstanceId, string? Input) : OrchestratorAction(TaskId)
{
    public override string Describe() => $"CallSubOrchestratorAsync(\"{Name}\")";

    public override HistoryEvent ToEvent(DateTimeOffset timestamp) =>
        new SubOrchestrationCreatedEvent(TaskId, Name, InstanceId, Input) { Timestamp = timestamp };

    public override bool Matches(HistoryEvent recorded) =>
        recorded is SubOrchestrationCreatedEvent e && e.TaskId == TaskId && string.Equals(e.Name, Name, StringComparison.Ordinal);
}
