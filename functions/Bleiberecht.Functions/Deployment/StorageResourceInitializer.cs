using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// Standalone mode (Azurite): creates every resource of the <see cref="StorageResourceCatalog"/> at start-up if missing.
/// Custom-handler mode (Azure) does nothing: Bicep created them, and the identity need not have the right to.
/// </summary>
internal sealed class StorageResourceInitializer(
    RunningMode running,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    TableServiceClient tables,
    ILogger<StorageResourceInitializer> logger) : BackgroundService
{
    /// <summary>The resources to create (the app's catalog unless a test says otherwise).</summary>
    public StorageResources Resources { get; init; } = StorageResourceCatalog.Default;

    /// <summary>Creates the missing resources; true when all exist.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (running.Mode != HostMode.Standalone)
        {
            return false;
        }

        try
        {
            foreach (var container in Resources.Containers)
            {
                await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken);
            }

            foreach (var queue in Resources.Queues)
            {
                await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken);
            }

            foreach (var table in Resources.Tables)
            {
                await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
            }

            DeploymentLog.ResourcesEnsured(logger, Resources.Containers.Count, Resources.Queues.Count, Resources.Tables.Count);
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or Azure.Identity.AuthenticationFailedException)
        {
            DeploymentLog.ResourcesFailed(logger, e);
            return false;
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => EnsureAsync(stoppingToken);
}
