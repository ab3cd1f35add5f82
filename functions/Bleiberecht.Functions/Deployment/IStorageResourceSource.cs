namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// A feature's storage: the containers, queues and tables it uses besides those the function catalog implies (a queue
/// function's queue and poison queue, a blob function's container). Discovered by reflection like
/// <see cref="Hosting.IFunctionSource"/>: a feature that needs a table adds one class, and Bicep
/// (<c>infra/storage-resources.json</c>, checked by a test) and the standalone start-up follow.
/// </summary>
internal interface IStorageResourceSource
{
    /// <summary>What this feature uses.</summary>
    StorageResources Resources { get; }
}
