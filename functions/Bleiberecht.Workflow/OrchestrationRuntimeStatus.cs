namespace Bleiberecht.Workflow;

/// <summary>The status of an orchestration instance (after <c>Microsoft.DurableTask.Client.OrchestrationRuntimeStatus</c>).</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Running (or waiting for a timer, an event or a task).</summary>
    Running = 0,

    /// <summary>Completed with an output.</summary>
    Completed = 1,

    /// <summary>Failed; see the failure details.</summary>
    Failed = 3,

    /// <summary>Terminated by a client.</summary>
    Terminated = 5,

    /// <summary>Scheduled, not started yet.</summary>
    Pending = 6,

    /// <summary>Suspended by a client; events are kept until resumed.</summary>
    Suspended = 7,
}
