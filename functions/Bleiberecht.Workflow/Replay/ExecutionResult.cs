using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Replay;

/// <summary>What one replay of an orchestration produced.</summary>
internal sealed record ExecutionResult
{
    /// <summary>New steps (not yet in history), in step order.</summary>
    public required IReadOnlyList<OrchestratorAction> Actions { get; init; }

    /// <summary>Completed, Failed or Terminated when the execution ended; Suspended when suspended; else Running or Pending.</summary>
    public required OrchestrationRuntimeStatus Status { get; init; }

    public string? Output { get; init; }

    public TaskFailureDetails? Failure { get; init; }

    /// <summary>Set when the code called ContinueAsNew and returned.</summary>
    public ContinueAsNewRequest? ContinueAsNew { get; init; }

    /// <summary>The custom status after this replay (serialized), when the code set one.</summary>
    public string? CustomStatus { get; init; }

    public bool CustomStatusSet { get; init; }
}

/// <summary>A request to restart with a new input, carrying the unprocessed events in arrival order.</summary>
internal sealed record ContinueAsNewRequest(string? Input, IReadOnlyList<EventRaisedEvent> CarriedEvents);
