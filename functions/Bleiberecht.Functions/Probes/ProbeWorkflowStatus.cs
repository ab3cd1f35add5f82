namespace Bleiberecht.Functions.Probes;

/// <summary>The answer of <c>GET /api/probe/workflow/{id}</c>.</summary>
/// <param name="InstanceId">The probe instance.</param>
/// <param name="Status">Its runtime status (<c>Pending</c>, <c>Running</c>, <c>Completed</c>, <c>Failed</c>, ...).</param>
/// <param name="Output">The orchestration's output once completed.</param>
internal sealed record ProbeWorkflowStatus(string InstanceId, string Status, string? Output);
