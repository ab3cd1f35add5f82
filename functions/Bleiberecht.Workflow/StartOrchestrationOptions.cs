namespace Bleiberecht.Workflow;

/// <summary>Options of a new instance.</summary>
/// <param name="InstanceId">The instance id (letters, digits, '-', '_', ':', '.'); a new GUID when null.</param>
/// <param name="StartAt">When to start; now when null.</param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
