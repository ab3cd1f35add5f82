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
}
