namespace Bleiberecht.Workflow;

/// <summary>Which ended instances to purge (after <c>Microsoft.DurableTask.Client.PurgeInstancesFilter</c>).</summary>
/// <param name="CreatedFrom">Created at or after.</param>
/// <param name="CreatedTo">Created at or before.</param>
/// <param name="Statuses">Only these end statuses (default: completed, failed, terminated).</param>
public sealed record PurgeInstancesFilter(DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null)
{
    /// <summary>Instances purged per call; the result's continuation token resumes.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Where the previous call stopped.</summary>
    public string? ContinuationToken { get; init; }
}
