namespace Bleiberecht.Workflow;

/// <summary>Options of a sub-orchestration: an explicit instance id and a retry policy.</summary>
/// <param name="InstanceId">The child's instance id; derived deterministically from the parent when null.</param>
/// <param name="Retry">The retry policy; none when null.</param>
public sealed record SubOrchestrationOptions(string? InstanceId = null, RetryPolicy? Retry = null) : TaskOptions(Retry);
