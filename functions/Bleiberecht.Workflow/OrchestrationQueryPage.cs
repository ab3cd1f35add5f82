namespace Bleiberecht.Workflow;

/// <summary>One page of a query; pass <see cref="ContinuationToken"/> to get the next (null: no more).</summary>
public sealed record OrchestrationQueryPage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
