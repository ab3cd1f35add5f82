namespace Bleiberecht.Functions.Deployment;

/// <summary>Blob containers, queues and tables, by name.</summary>
internal sealed record StorageResources(IReadOnlyList<string> Containers, IReadOnlyList<string> Queues, IReadOnlyList<string> Tables)
{
    /// <summary>No resources.</summary>
    public static StorageResources None { get; } = new([], [], []);
}
