namespace Bleiberecht.Workflow;

/// <summary>A query over instances (after <c>Microsoft.DurableTask.Client.OrchestrationQuery</c>).</summary>
public sealed record OrchestrationQuery
{
    /// <summary>Only these statuses (all when null or empty).</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    /// <summary>Created at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created at or before.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Instance ids starting with this prefix.</summary>
    public string? InstanceIdPrefix { get; init; }

    /// <summary>Instances per page.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Where the previous page ended.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Also return inputs and outputs.</summary>
    public bool FetchInputsAndOutputs { get; init; }
}
