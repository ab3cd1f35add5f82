using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Engine;

/// <summary>
/// A queue message: one history event for one instance. <see cref="Id"/> is unique per logical message (duplicate
/// detection); <see cref="ExecutionId"/> fences results of old executions.
/// </summary>
internal sealed record WorkflowMessage(string Id, string InstanceId, string? ExecutionId, HistoryEvent? Event)
{
    /// <summary>Set instead of <see cref="Event"/> when the encoded message was too large for a queue message.</summary>
    public string? BlobName { get; init; }

    /// <summary>Several scheduled activities of one step, instead of <see cref="Event"/> (work queue only).</summary>
    public IReadOnlyList<HistoryEvent>? Batch { get; init; }

    /// <summary>The single-activity messages this message stands for.</summary>
    public IReadOnlyList<WorkflowMessage> Split() =>
        Batch is { } batch ? batch.Select(e => this with { Event = e, Batch = null }).ToArray() : [this];
}
