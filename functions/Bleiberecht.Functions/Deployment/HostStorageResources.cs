using Bleiberecht.Functions.Probes;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// Storage the function host shell uses beyond the catalog: the blob receipts container (the Functions host and our
/// standalone blob watcher), the blob trigger's poison queue and the probes' record queue.
/// </summary>
internal sealed class HostStorageResources : IStorageResourceSource
{
    public const string HostsContainer = "azure-webjobs-hosts";
    public const string BlobPoisonQueue = "webjobs-blobtrigger-poison";

    public StorageResources Resources { get; } = new([HostsContainer], [BlobPoisonQueue, ProbeRecorder.QueueName], []);
}
