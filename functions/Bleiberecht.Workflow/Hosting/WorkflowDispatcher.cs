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
internal sealed partial class WorkflowDispatcher : BackgroundService
{
    private const int BatchSize = 32;
    private readonly WorkflowRuntime runtime;
    private readonly WorkflowWorker worker;
    private readonly InstanceMailbox mailbox;
    private readonly SemaphoreSlim activitySlots;

    public WorkflowDispatcher(WorkflowRuntime runtime, WorkflowWorker worker)
    {
        this.runtime = runtime;
        this.worker = worker;
        mailbox = new InstanceMailbox(worker.ProcessInstanceAsync, runtime.Options.MaxConcurrentOrchestrations);
        activitySlots = new SemaphoreSlim(runtime.Options.MaxConcurrentActivities, runtime.Options.MaxConcurrentActivities);
    }

    public override void Dispose()
    {
        activitySlots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        runtime.LocalWork = (text, sending) => _ = Task.Run(() => RunLocalActivityAsync(text, sending, stoppingToken), CancellationToken.None);
        try
        {
            await Task.WhenAll(
                Task.Run(() => ControlLoopAsync(stoppingToken), stoppingToken),
                Task.Run(() => WorkLoopAsync(stoppingToken), stoppingToken)).ConfigureAwait(false);
        }
        finally
        {
            runtime.LocalWork = null;
        }
    }

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
            var posted = new List<Task>();
            foreach (var r in received)
            {
                try
                {
                    var message = await worker.DecodeAsync(r.Text, cancellationToken).ConfigureAwait(false);
                    var due = WorkflowRuntime.NotBefore(message);
                    var early = due is { } d ? d - runtime.Time.GetUtcNow() : TimeSpan.Zero;
                    if (early > WorkflowRuntime.HoldWindow)
                    {
                        await worker.DeferIfEarlyAsync(message, holdInline: false, cancellationToken).ConfigureAwait(false);
                        await DeleteAsync(queue, r, cancellationToken).ConfigureAwait(false);
                    }
                    else if (early > TimeSpan.Zero)
                    {
                        _ = Task.Run(
                            async () =>
                            {
                                await Task.Delay(early, runtime.Time, cancellationToken).ConfigureAwait(false);
                                await CommitAsync(queue, r, message, cancellationToken).ConfigureAwait(false);
                            },
                            CancellationToken.None);
                    }
                    else
                    {
                        posted.Add(CommitAsync(queue, r, message, cancellationToken));
                    }
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    await FailedAsync(queue, r, e, cancellationToken).ConfigureAwait(false);
                }
            }

            await Task.WhenAll(posted).ConfigureAwait(false);
        }
    }

    /// <summary>Commits a control message through the instance's mailbox, then deletes it (or handles the failure).</summary>
    private async Task CommitAsync(IMessageQueue queue, ReceivedMessage received, WorkflowMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await mailbox.PostAsync(message, cancellationToken).ConfigureAwait(false);
            await DeleteAsync(queue, received, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailedAsync(queue, received, e, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WorkLoopAsync(CancellationToken cancellationToken)
    {
        var queue = runtime.Backend.Work;
        var delay = runtime.Options.MinPollingInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            await activitySlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            var free = Math.Min(BatchSize, activitySlots.CurrentCount + 1);
            activitySlots.Release();
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
                _ = Task.Run(() => RunActivityAsync(r, cancellationToken), CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Runs an activity (from the queue, or handed over in-process right after the step that scheduled it), commits
    /// its result in-process through the instance's mailbox (falling back to the control queue), then deletes the message.
    /// </summary>
    private async Task RunActivityAsync(ReceivedMessage received, CancellationToken cancellationToken)
    {
        var queue = runtime.Backend.Work;
        try
        {
            var message = await worker.DecodeAsync(received.Text, cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(message.Split().Select(single => RunOneAsync(single, cancellationToken))).ConfigureAwait(false);
            await DeleteAsync(queue, received, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            await FailedAsync(queue, received, e, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunLocalActivityAsync(string text, Task<ReceivedMessage> sending, CancellationToken cancellationToken)
    {
        try
        {
            var message = await worker.DecodeAsync(text, cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(message.Split().Select(single => RunOneAsync(single, cancellationToken))).ConfigureAwait(false);
            await DeleteAsync(runtime.Backend.Work, await sending.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The backup message (if it was sent) runs the activity again once it becomes visible.
            Log.ProcessingFailed(runtime.Logger, runtime.Backend.Work.Name, 0, e.GetType().FullName ?? "?", e.Message);
        }
    }

    private async Task RunOneAsync(WorkflowMessage message, CancellationToken cancellationToken)
    {
        await activitySlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        WorkflowMessage result;
        try
        {
            result = await worker.RunActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            activitySlots.Release();
        }

        try
        {
            await mailbox.PostAsync(result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            Log.InProcessResultFailed(runtime.Logger, message.InstanceId, e.GetType().FullName ?? "?");
            await worker.SendResultAsync(result, cancellationToken).ConfigureAwait(false);
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

        [LoggerMessage(1204, LogLevel.Warning, "Committing an activity result of instance {InstanceId} in-process failed ({ErrorType}); it goes through the control queue.")]
        public static partial void InProcessResultFailed(ILogger logger, string instanceId, string errorType);
    }
}
