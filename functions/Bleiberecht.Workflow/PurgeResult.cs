namespace Bleiberecht.Workflow;

/// <summary>What a purge removed; when <see cref="ContinuationToken"/> is set, call again with it to go on.</summary>
public sealed record PurgeResult(int PurgedInstanceCount, string? ContinuationToken = null)
{
    /// <summary>True when nothing is left to purge for the filter.</summary>
    public bool IsComplete => ContinuationToken is null;
}
