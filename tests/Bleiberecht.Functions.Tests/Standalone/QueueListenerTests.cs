using System.Collections.Concurrent;
using System.Diagnostics;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Standalone;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Functions.Tests.Standalone;

public sealed class QueueListenerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly QueueTriggerOptions Fast = new()
    {
        MinPollingInterval = TimeSpan.FromMilliseconds(20),
        MaxPollingInterval = TimeSpan.FromMilliseconds(100),
        VisibilityTimeout = TimeSpan.Zero,
    };

    private readonly QueueServiceClient queues = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateQueueServiceClient();

    [Fact]
    public async Task Message_failing_five_times_moves_to_the_poison_queue_with_its_text()
    {
        var (function, queue) = await NewQueueAsync();
        var attempts = new ConcurrentBag<long>();
        await using var listener = Start(function, Fast, (invocation, _) =>
        {
            attempts.Add(invocation.DequeueCount);
            throw new InvalidOperationException("always fails");
        });

        await queue.SendMessageAsync("Antrag 4711 für Frau Ä. Müller");

        var poisoned = await WaitForAsync(async () => (await queues.GetQueueClient(function.PoisonQueue!).PeekMessagesAsync(1)).Value.FirstOrDefault(), TimeSpan.FromSeconds(20));
        Assert.Equal("Antrag 4711 für Frau Ä. Müller", poisoned.MessageText);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], attempts.Order());
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Failed_message_stays_invisible_for_the_visibility_timeout_before_its_retry()
    {
        var (function, queue) = await NewQueueAsync();
        var options = Fast with { VisibilityTimeout = TimeSpan.FromSeconds(1) }; // the service counts whole seconds
        var times = new ConcurrentQueue<(long DequeueCount, TimeSpan At)>();
        var clock = Stopwatch.StartNew();
        var done = new TaskCompletionSource();
        await using var listener = Start(function, options, (invocation, _) =>
        {
            times.Enqueue((invocation.DequeueCount, clock.Elapsed));
            if (invocation.DequeueCount == 1)
            {
                throw new InvalidOperationException("first attempt fails");
            }

            done.TrySetResult();
            return Task.CompletedTask;
        });

        await queue.SendMessageAsync("retry me");
        await done.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var attempts = times.ToArray();
        Assert.Equal([1L, 2L], attempts.Select(a => a.DequeueCount));
        Assert.InRange(attempts[1].At - attempts[0].At, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        await WaitForAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 ? "empty" : null, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task No_more_than_batch_size_plus_threshold_messages_run_at_once()
    {
        var (function, queue) = await NewQueueAsync();
        var options = Fast with { BatchSize = 4, NewBatchThreshold = 2 };
        var running = 0;
        var maxRunning = 0;
        var processed = new ConcurrentBag<string>();
        await using var listener = Start(function, options, async (invocation, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await Task.Delay(150, ct);
            processed.Add(invocation.MessageText);
            Interlocked.Decrement(ref running);
        });

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => queue.SendMessageAsync($"m{i}")));
        await WaitForAsync(() => Task.FromResult(processed.Count == 24 ? "all" : null), TimeSpan.FromSeconds(30));

        Assert.InRange(maxRunning, 3, 6);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => $"m{i}").Order(), processed.Order());
        await WaitForAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0 ? "empty" : null, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Message_already_over_the_dequeue_limit_goes_to_poison_without_running()
    {
        var (function, queue) = await NewQueueAsync();
        await queue.SendMessageAsync("left over by a crashed process");
        for (var i = 0; i < 5; i++)
        {
            var m = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30))).Value.Single();
            await queue.UpdateMessageAsync(m.MessageId, m.PopReceipt, null, TimeSpan.Zero);
        }

        var ran = false;
        await using var listener = Start(function, Fast, (_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        var poisoned = await WaitForAsync(async () => (await queues.GetQueueClient(function.PoisonQueue!).PeekMessagesAsync(1)).Value.FirstOrDefault(), TimeSpan.FromSeconds(20));
        Assert.Equal("left over by a crashed process", poisoned.MessageText);
        Assert.False(ran);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await probe() is { } value)
                {
                    return value;
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // the queue is created on first use
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Condition not met within {timeout.TotalSeconds} s.");
    }

    private async Task<(FunctionDefinition Function, QueueClient Queue)> NewQueueAsync()
    {
        var name = "work-" + Guid.NewGuid().ToString("N")[..12];
        var queue = queues.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync();
        return (new FunctionDefinition("Work", TriggerKind.Queue, Queue: name), queue);
    }

    private RunningListener Start(FunctionDefinition function, QueueTriggerOptions options, Func<QueueInvocation, CancellationToken, Task> handler)
    {
        var listener = new QueueListener(function, queues, handler, options, TimeProvider.System, NullLogger.Instance);
        var stop = new CancellationTokenSource();
        return new RunningListener(listener.RunAsync(stop.Token), stop);
    }

    private sealed class RunningListener(Task run, CancellationTokenSource stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await run.WaitAsync(TimeSpan.FromSeconds(30));
            stop.Dispose();
        }
    }
}
