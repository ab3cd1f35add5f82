namespace Bleiberecht.Workflow.Backend;

/// <summary>Which instance state rows a query returns.</summary>
internal sealed record InstanceFilter(
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    string? InstanceIdPrefix);
