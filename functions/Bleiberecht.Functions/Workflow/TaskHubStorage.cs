using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Workflow;

/// <summary>
/// Creates the task hub's table, queues and payload container once per process (the runtime expects them to exist):
/// at start-up and, for a request that comes before start-up finished, from <see cref="EnsureCreatedAsync"/>.
/// Names as documented in docs/workflow.md ("Storage layout"). In custom-handler mode (Azure) Bicep creates them, and this does nothing.
/// </summary>
internal sealed class TaskHubStorage(WorkflowOptions options, QueueServiceClient queues, TableServiceClient tables, BlobServiceClient blobs, bool createResources = true) : IHostedService
{
    private readonly Lock gate = new();
    private Task? creating;

    /// <summary>Completes once the task hub's storage exists (a failed attempt is retried by the next call).</summary>
    public Task EnsureCreatedAsync()
    {
        if (!createResources)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            if (creating is null || creating.IsFaulted || creating.IsCanceled)
            {
                creating = CreateAsync(options, queues, tables, blobs);
            }

            return creating;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => EnsureCreatedAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task CreateAsync(WorkflowOptions options, QueueServiceClient queues, TableServiceClient tables, BlobServiceClient blobs)
    {
        var hub = options.TaskHubName.ToLowerInvariant();
        await tables.CreateTableIfNotExistsAsync(options.TaskHubName + "Instances").ConfigureAwait(false);
        foreach (var queue in new[] { "-control", "-work", "-poison" })
        {
            await queues.GetQueueClient(hub + queue).CreateIfNotExistsAsync().ConfigureAwait(false);
        }

        await blobs.GetBlobContainerClient(hub + "-payloads").CreateIfNotExistsAsync().ConfigureAwait(false);
    }
}
