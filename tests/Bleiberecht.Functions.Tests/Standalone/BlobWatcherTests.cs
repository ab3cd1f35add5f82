using System.Collections.Concurrent;
using System.Text.Json;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Standalone;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Standalone;

public sealed class BlobWatcherTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly FunctionHostOptions Fast = new() { BlobPollingInterval = TimeSpan.FromMilliseconds(50) };
    private readonly BlobServiceClient blobs = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateBlobServiceClient();
    private readonly QueueServiceClient queues = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateQueueServiceClient();

    [Fact]
    public async Task Each_new_blob_runs_the_function_once_even_across_restarts()
    {
        var (function, container) = await NewContainerAsync();
        var seen = new ConcurrentQueue<BlobInvocation>();
        await container.GetBlobClient("2026/a.eml").UploadAsync(BinaryData.FromString("first"));

        await using (Start(function, (i, _) => Enqueue(seen, i)))
        {
            await WaitForAsync(() => seen.Count == 1);
            await container.GetBlobClient("b.eml").UploadAsync(BinaryData.FromString("second"));
            await WaitForAsync(() => seen.Count == 2);
            await Task.Delay(300); // several more polls
        }

        await using (Start(function, (i, _) => Enqueue(seen, i)))
        {
            await Task.Delay(300);
        }

        Assert.Equal(["2026/a.eml", "b.eml"], seen.Select(i => i.BlobName));
        Assert.All(seen, i => Assert.Equal(container.Name, i.ContainerName));
        Assert.Equal(5, seen.First().Length);
    }

    [Fact]
    public async Task Overwritten_blob_runs_the_function_again()
    {
        var (function, container) = await NewContainerAsync();
        var seen = new ConcurrentQueue<BlobInvocation>();
        var blob = container.GetBlobClient("mail.eml");
        await blob.UploadAsync(BinaryData.FromString("v1"));
        await using var watcher = Start(function, (i, _) => Enqueue(seen, i));
        await WaitForAsync(() => seen.Count == 1);

        await blob.UploadAsync(BinaryData.FromString("version 2"), overwrite: true);

        await WaitForAsync(() => seen.Count == 2);
        Assert.NotEqual(seen.First().ETag, seen.Last().ETag);
    }

    [Fact]
    public async Task Blob_failing_five_times_is_recorded_in_the_blob_poison_queue_and_not_retried()
    {
        var (function, container) = await NewContainerAsync();
        var attempts = 0;
        await container.GetBlobClient("broken.eml").UploadAsync(BinaryData.FromString("x"));
        var poison = queues.GetQueueClient(BlobWatcher.PoisonQueue);

        await using (Start(function, (_, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("cannot read");
        }))
        {
            await WaitForAsync(() => Volatile.Read(ref attempts) >= 5);
            await Task.Delay(300);
        }

        Assert.Equal(5, attempts);
        var entries = (await poison.PeekMessagesAsync(32)).Value.Select(m => JsonSerializer.Deserialize<BlobPoisonEntry>(m.MessageText)!);
        Assert.Contains(entries, e => e.FunctionId == function.Name && e.ContainerName == container.Name && e.BlobName == "broken.eml");
    }

    private static Task Enqueue(ConcurrentQueue<BlobInvocation> seen, BlobInvocation invocation)
    {
        seen.Enqueue(invocation);
        return Task.CompletedTask;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not met within 20 s");
    }

    private async Task<(FunctionDefinition Function, BlobContainerClient Container)> NewContainerAsync()
    {
        var name = "inbox-" + Guid.NewGuid().ToString("N")[..12];
        var container = blobs.GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        return (new FunctionDefinition("Inbox" + name[6..], TriggerKind.Blob, Container: name), container);
    }

    private RunningWatcher Start(FunctionDefinition function, Func<BlobInvocation, CancellationToken, Task> handler)
    {
        var watcher = new BlobWatcher(function, blobs, queues, handler, Fast, TimeProvider.System, NullLogger.Instance);
        var stop = new CancellationTokenSource();
        return new RunningWatcher(watcher.RunAsync(stop.Token), stop);
    }

    private sealed class RunningWatcher(Task run, CancellationTokenSource stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(30));
            stop.Dispose();
        }
    }
}
