using System.Text.Json;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Standalone;

/// <summary>
/// Standalone blob trigger: lists the watched container every <see cref="FunctionHostOptions.BlobPollingInterval"/> and
/// invokes the function once per new blob version (name + ETag), as the Event Grid blob trigger does once per
/// <c>BlobCreated</c> event. A blob counts as done when its receipt exists in <c>azure-webjobs-hosts</c> (so a restart
/// does not repeat it); after <see cref="QueueTriggerOptions.MaxDequeueCount"/> failed attempts it is recorded in the
/// host's <c>webjobs-blobtrigger-poison</c> queue (ids only) and not retried.
/// </summary>
internal sealed class BlobWatcher(
    FunctionDefinition function,
    BlobServiceClient blobs,
    QueueServiceClient queues,
    Func<BlobInvocation, CancellationToken, Task> invoke,
    FunctionHostOptions options,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>The Functions host's container for its bookkeeping.</summary>
    public const string ReceiptContainer = "azure-webjobs-hosts";

    /// <summary>The Functions host's poison queue for blob triggers.</summary>
    public const string PoisonQueue = "webjobs-blobtrigger-poison";

    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(function.Container!);
    private readonly BlobContainerClient receipts = blobs.GetBlobContainerClient(ReceiptContainer);
    private readonly HashSet<string> done = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> failures = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new PollingBackoff(options.BlobPollingInterval, options.BlobPollingInterval * 8);
        HostLog.BlobWatcherStarted(logger, function.Name, container.Name, options.BlobPollingInterval);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await container.CreateIfNotExistsAsync(cancellationToken);
                    await receipts.CreateIfNotExistsAsync(cancellationToken);
                    await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
                    {
                        await ProcessAsync(blob, cancellationToken);
                    }

                    backoff.Reset();
                    await Task.Delay(options.BlobPollingInterval, time, cancellationToken);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    var delay = backoff.NextDelay();
                    HostLog.BlobListFailed(logger, container.Name, delay, e);
                    await Task.Delay(delay, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(BlobItem blob, CancellationToken cancellationToken)
    {
        var eTag = blob.Properties.ETag?.ToString() ?? string.Empty;
        var key = eTag + "/" + blob.Name;
        if (done.Contains(key))
        {
            return;
        }

        var receipt = receipts.GetBlobClient($"blobreceipts/bleiberecht/{function.Name}/{eTag.Trim('"')}/{container.Name}/{blob.Name}");
        if ((await receipt.ExistsAsync(cancellationToken)).Value)
        {
            done.Add(key);
            return;
        }

        try
        {
            await invoke(new BlobInvocation(function.Name, container.Name, blob.Name, eTag, blob.Properties.ContentLength), cancellationToken);
        }
#pragma warning disable CA1031 // Any failure of the function fails the attempt; the invoker logged it.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var attempts = failures[key] = failures.GetValueOrDefault(key) + 1;
            if (attempts < options.Queues.MaxDequeueCount)
            {
                return;
            }

            var poison = queues.GetQueueClient(PoisonQueue);
            await poison.CreateIfNotExistsAsync(cancellationToken);
            var entry = new BlobPoisonEntry(function.Name, "BlockBlob", container.Name, blob.Name, eTag);
            await poison.SendMessageAsync(JsonSerializer.Serialize(entry), cancellationToken: cancellationToken);
            HostLog.BlobPoisoned(logger, eTag, container.Name, attempts, function.Name, PoisonQueue);
        }

        await receipt.UploadAsync(BinaryData.Empty, overwrite: true, cancellationToken);
        failures.Remove(key);
        done.Add(key);
    }
}
