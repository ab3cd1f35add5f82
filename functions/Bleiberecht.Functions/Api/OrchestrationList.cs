namespace Bleiberecht.Functions.Api;

/// <summary>One page of orchestrations; pass <see cref="NextPage"/> as <c>page</c> for the next (null: no more).</summary>
internal sealed record OrchestrationList(IReadOnlyList<OrchestrationSummary> Items, string? NextPage);
