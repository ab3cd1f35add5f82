namespace Bleiberecht.Workflow.History;

/// <summary>Marks the start of one step (episode); its timestamp is <c>CurrentUtcDateTime</c> for the step.</summary>
internal sealed record OrchestratorStartedEvent : HistoryEvent;

/// <summary>Starts an execution.</summary>
internal sealed record ExecutionStartedEvent(string Name, string? Input, string ExecutionId, ParentInstance? Parent = null, DateTimeOffset? ScheduledStartTime = null)
    : HistoryEvent, IHasPayload
{
    public string? Payload => Input;

    public HistoryEvent WithPayload(string? payload) => this with { Input = payload };
}

/// <summary>The parent of a sub-orchestration.</summary>
internal sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskId, string Name);

/// <summary>An activity was scheduled (step <paramref name="TaskId"/>).</summary>
internal sealed record TaskScheduledEvent(int TaskId, string Name, string? Input) : HistoryEvent, IHasPayload
{
    public string? Payload => Input;

    public HistoryEvent WithPayload(string? payload) => this with { Input = payload };
}

/// <summary>An activity completed.</summary>
internal sealed record TaskCompletedEvent(int TaskId, string? Result) : HistoryEvent, IHasPayload, ITaskResultEvent
{
    public string? Payload => Result;

    public HistoryEvent WithPayload(string? payload) => this with { Result = payload };
}

/// <summary>An activity failed.</summary>
internal sealed record TaskFailedEvent(int TaskId, TaskFailureDetails Failure) : HistoryEvent, ITaskResultEvent;

/// <summary>A durable timer was created.</summary>
internal sealed record TimerCreatedEvent(int TaskId, DateTimeOffset FireAt) : HistoryEvent;

/// <summary>A durable timer fired.</summary>
internal sealed record TimerFiredEvent(int TaskId, DateTimeOffset FireAt) : HistoryEvent, ITaskResultEvent;

/// <summary>A sub-orchestration was scheduled.</summary>
internal sealed record SubOrchestrationCreatedEvent(int TaskId, string Name, string InstanceId, string? Input) : HistoryEvent, IHasPayload
{
    public string? Payload => Input;

    public HistoryEvent WithPayload(string? payload) => this with { Input = payload };
}

/// <summary>A sub-orchestration completed.</summary>
internal sealed record SubOrchestrationCompletedEvent(int TaskId, string? Result) : HistoryEvent, IHasPayload, ITaskResultEvent
{
    public string? Payload => Result;

    public HistoryEvent WithPayload(string? payload) => this with { Result = payload };
}

/// <summary>A sub-orchestration failed.</summary>
internal sealed record SubOrchestrationFailedEvent(int TaskId, TaskFailureDetails Failure) : HistoryEvent, ITaskResultEvent;

/// <summary>An external event arrived.</summary>
internal sealed record EventRaisedEvent(string Name, string? Input) : HistoryEvent, IHasPayload
{
    public string? Payload => Input;

    public HistoryEvent WithPayload(string? payload) => this with { Input = payload };
}

/// <summary>The execution ended (completed or failed).</summary>
internal sealed record ExecutionCompletedEvent(OrchestrationRuntimeStatus Status, string? Result, TaskFailureDetails? Failure) : HistoryEvent, IHasPayload
{
    public string? Payload => Result;

    public HistoryEvent WithPayload(string? payload) => this with { Result = payload };
}

/// <summary>A client terminated the instance.</summary>
internal sealed record ExecutionTerminatedEvent(string? Reason) : HistoryEvent;

/// <summary>A client suspended the instance.</summary>
internal sealed record ExecutionSuspendedEvent(string? Reason) : HistoryEvent;

/// <summary>A client resumed the instance.</summary>
internal sealed record ExecutionResumedEvent(string? Reason) : HistoryEvent;
