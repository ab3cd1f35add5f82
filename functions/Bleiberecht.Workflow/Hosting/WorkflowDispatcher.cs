using System.Text.Json;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow.Hosting;

/// <summary>
/// Standalone mode: polls the control and work queues with back-off (no hot polling when idle) and is woken at once
/// by in-process sends and due timers, so work for live instances is dispatched without waiting for a poll.
/// Correct with several processes on the same storage (ETag-fenced commits, at-least-once messages).
/// </summary>
internal sealed partial class WorkflowDispatcher(WorkflowRuntime runtime, WorkflowWorker worker) : BackgroundService
{
    private const int BatchSize = 32;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            Task.Run(() => ControlLoopAsync(stoppingToken), stoppingToken),
            Task.Run(() => WorkLoopAsync(stoppingToken), stoppingToken));

    private async Task ControlLoopAsync(CancellationToken cancellationToken)
    {
        var queue = runtime.Backend.Control;
        var delay = runtime.Options.MinPollingInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            var received = await ReceiveAsync(queue, BatchSize, cancellationToken).ConfigureAwait(false);
            if (received.Count == 0)
            {
                await IdleAsync(queue, delay, cancellationToken).ConfigureAwait(false);
                delay = Next(delay);
                continue;
            }

            delay = runtime.Options.MinPollingInterval;
            var decoded = new List<(ReceivedMessage Received, WorkflowMessage Message)>();
            foreach (var r in received)
            {
                try
                {
                    var message = await worker.DecodeAsync(r.Text, cancellationToken).ConfigureAwait(false);
                    if (await worker.DeferIfEarlyAsync(message, cancellationToken).ConfigureAwait(false))
                    {
                        await DeleteAsync(queue, r, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        decoded.Add((r, message));
                    }
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    await FailedAsync(queue, r, e, cancellationToken).ConfigureAwait(false);
                }
            }

            await Parallel.ForEachAsync(
                decoded.GroupBy(d => d.Message.InstanceId, StringComparer.Ordinal),
                new ParallelOptions { MaxDegreeOfParallelism = runtime.Options.MaxConcurrentOrchestrations, CancellationToken = cancellationToken },
                async (group, ct) =>
                {
                    try
                    {
                        await worker.ProcessInstanceAsync(group.Key, group.Select(g => g.Message).ToArray(), ct).ConfigureAwait(false);
                        foreach (var (r, _) in group)
                        {
                            await DeleteAsync(queue, r, ct).ConfigureAwait(false);
                        }
                    }
                    catch (Exception e) when (!ct.IsCancellationRequested)
                    {
                        foreach (var (r, _) in group)
                        {
                            await FailedAsync(queue, r, e, ct).ConfigureAwait(false);
                        }
                    }
                }).ConfigureAwait(false);
        }
    }

    private async Task WorkLoopAsync(CancellationToken cancellationToken)
    {
        var queue = runtime.Backend.Work;
        var delay = runtime.Options.MinPollingInterval;
        var max = runtime.Options.MaxConcurrentActivities;
        using var slots = new SemaphoreSlim(max, max);
        var running = new List<Task>();
        while (!cancellationToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            slots.Release();
            var free = Math.Min(BatchSize, slots.CurrentCount);
            var received = await ReceiveAsync(queue, free, cancellationToken).ConfigureAwait(false);
            if (received.Count == 0)
            {
                await IdleAsync(queue, delay, cancellationToken).ConfigureAwait(false);
                delay = Next(delay);
                continue;
            }

            delay = runtime.Options.MinPollingInterval;
            foreach (var r in received)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                running.Add(Task.Run(
                    async () =>
                    {
                        try
                        {
                            var message = await worker.DecodeAsync(r.Text, cancellationToken).ConfigureAwait(false);
                            await worker.ExecuteActivityAsync(message, cancellationToken).ConfigureAwait(false);
                            await DeleteAsync(queue, r, cancellationToken).ConfigureAwait(false);
                        }
                        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                        {
                            await FailedAsync(queue, r, e, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None));
            }
        }

        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }

    private async Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(IMessageQueue queue, int max, CancellationToken cancellationToken)
    {
        try
        {
            return await queue.ReceiveAsync(max, runtime.Options.MessageVisibilityTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.ReceiveFailed(runtime.Logger, queue.Name, e.GetType().FullName ?? "?", e.Message);
            await IdleAsync(queue, runtime.Options.MaxPollingInterval, cancellationToken).ConfigureAwait(false);
            return [];
        }
    }

    private async Task IdleAsync(IMessageQueue queue, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            // Wall-clock wait (not the injected TimeProvider): polling is transport behaviour, not workflow time.
            await runtime.Signals.WakeupOf(queue.Name).WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private TimeSpan Next(TimeSpan delay) =>
        TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, runtime.Options.MaxPollingInterval.Ticks));

    private async Task DeleteAsync(IMessageQueue queue, ReceivedMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.DeleteAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Lost the message (visibility ran out): it is processed again and detected as a duplicate.
            Log.DeleteFailed(runtime.Logger, queue.Name, e.GetType().FullName ?? "?");
        }
    }

    private async Task FailedAsync(IMessageQueue queue, ReceivedMessage message, Exception error, CancellationToken cancellationToken)
    {
        Log.ProcessingFailed(runtime.Logger, queue.Name, message.DequeueCount, error.GetType().FullName ?? "?", error.Message);
        try
        {
            if (message.DequeueCount >= runtime.Options.MaxDequeueCount || error is JsonException)
            {
                await worker.ParkAsync(queue.Name, message.Text, message.DequeueCount, error, cancellationToken).ConfigureAwait(false);
                await DeleteAsync(queue, message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.DequeueCount - 1), runtime.Options.MessageVisibilityTimeout.TotalSeconds));
                await queue.UpdateVisibilityAsync(message.MessageId, message.PopReceipt, backoff, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.DeleteFailed(runtime.Logger, queue.Name, e.GetType().FullName ?? "?");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1201, LogLevel.Warning, "Receiving from queue {Queue} failed: {ErrorType}: {Error}")]
        public static partial void ReceiveFailed(ILogger logger, string queue, string errorType, string error);

        [LoggerMessage(1202, LogLevel.Warning, "A message of queue {Queue} failed (attempt {DequeueCount}): {ErrorType}: {Error}")]
        public static partial void ProcessingFailed(ILogger logger, string queue, long dequeueCount, string errorType, string error);

        [LoggerMessage(1203, LogLevel.Debug, "Could not delete or release a message of queue {Queue}: {ErrorType}")]
        public static partial void DeleteFailed(ILogger logger, string queue, string errorType);
    }
}
