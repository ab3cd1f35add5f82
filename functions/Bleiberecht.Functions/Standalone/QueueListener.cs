using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Standalone;

/// <summary>
/// Standalone queue trigger with the Functions host's semantics: receives up to <see cref="QueueTriggerOptions.BatchSize"/>
/// messages, fetches more when at most <see cref="QueueTriggerOptions.NewBatchThreshold"/> are still running (so at most
/// <see cref="QueueTriggerOptions.MaxConcurrency"/> run at once), keeps each message invisible while it runs (lease renewed at
/// half-time), deletes it on success, hides it for <see cref="QueueTriggerOptions.VisibilityTimeout"/> on failure, and after
/// <see cref="QueueTriggerOptions.MaxDequeueCount"/> failed attempts copies its text to <c>&lt;queue&gt;-poison</c> and deletes it.
/// Empty polls back off from <see cref="QueueTriggerOptions.MinPollingInterval"/> to <see cref="QueueTriggerOptions.MaxPollingInterval"/>.
/// </summary>
internal sealed class QueueListener(
    FunctionDefinition function,
    QueueServiceClient queues,
    Func<QueueInvocation, CancellationToken, Task> invoke,
    QueueTriggerOptions options,
    TimeProvider time,
    ILogger logger)
{
    private readonly QueueClient queue = queues.GetQueueClient(function.Queue!);
    private readonly QueueClient poison = queues.GetQueueClient(function.PoisonQueue!);
    private readonly SemaphoreSlim finished = new(0);
    private int inFlight;

    /// <summary>Messages running right now (for tests and diagnostics).</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new PollingBackoff(options.MinPollingInterval, options.MaxPollingInterval);
        await EnsureQueueAsync(queue, backoff, cancellationToken);
        HostLog.QueueListenerStarted(logger, function.Name, queue.Name, options.MaxConcurrency);
        var running = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                while (InFlight > options.NewBatchThreshold)
                {
                    await finished.WaitAsync(cancellationToken);
                }

                running.RemoveAll(t => t.IsCompleted);
                QueueMessage[] messages;
                try
                {
                    var count = Math.Clamp(Math.Min(options.BatchSize, options.MaxConcurrency - InFlight), 1, 32);
                    messages = (await queue.ReceiveMessagesAsync(count, options.MessageLease, cancellationToken)).Value;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    var delay = backoff.NextDelay();
                    HostLog.QueuePollFailed(logger, queue.Name, delay, e);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                if (messages.Length == 0)
                {
                    await Task.Delay(backoff.NextDelay(), time, cancellationToken);
                    continue;
                }

                backoff.Reset();
                foreach (var message in messages)
                {
                    Interlocked.Increment(ref inFlight);
                    running.Add(Task.Run(() => ProcessAsync(message, cancellationToken), CancellationToken.None));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var lease = new MessageLease(message.PopReceipt);
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                // Already failed often enough (e.g. the process died while it ran): straight to poison, as the host does.
                await PoisonAsync(message, lease, cancellationToken);
                return;
            }

            var succeeded = false;
            using (var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var renewing = RenewAsync(message, lease, renewal.Token);
                try
                {
                    await invoke(new QueueInvocation(function.Name, queue.Name, message.MessageId, message.MessageText, message.DequeueCount, message.InsertedOn), cancellationToken);
                    succeeded = true;
                }
#pragma warning disable CA1031 // Any failure of the function fails the attempt; the invoker logged it.
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                }
                finally
                {
                    await renewal.CancelAsync();
                    await renewing;
                }
            }

            if (succeeded)
            {
                await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, cancellationToken);
            }
            else if (message.DequeueCount >= options.MaxDequeueCount)
            {
                await PoisonAsync(message, lease, cancellationToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, null, options.VisibilityTimeout, cancellationToken);
                HostLog.QueueMessageRetry(logger, message.MessageId, queue.Name, message.DequeueCount, options.VisibilityTimeout);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the message becomes visible again when its lease ends.
        }
#pragma warning disable CA1031 // Settling failed (storage unreachable, lease lost): the message reappears after its lease; nothing to add.
        catch (Exception e)
#pragma warning restore CA1031
        {
            HostLog.QueueSettleFailed(logger, message.MessageId, queue.Name, e);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
            finished.Release();
        }
    }

    private async Task PoisonAsync(QueueMessage message, MessageLease lease, CancellationToken cancellationToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken);
        await poison.SendMessageAsync(message.MessageText, cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, cancellationToken);
        HostLog.QueueMessagePoisoned(logger, message.MessageId, queue.Name, message.DequeueCount, poison.Name);
    }

    private async Task RenewAsync(QueueMessage message, MessageLease lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.MessageLease / 2, time, cancellationToken);
                // Not cancellable: a renewal the service applied but we stopped reading would leave us a stale pop receipt.
                var receipt = await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, null, options.MessageLease, CancellationToken.None);
                lease.PopReceipt = receipt.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // A failed renewal is logged; settling then fails too, and the message is retried after its lease.
        catch (Exception e)
#pragma warning restore CA1031
        {
            HostLog.QueueSettleFailed(logger, message.MessageId, queue.Name, e);
        }
    }

    private async Task EnsureQueueAsync(QueueClient client, PollingBackoff backoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await client.CreateIfNotExistsAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                var delay = backoff.NextDelay();
                HostLog.QueuePollFailed(logger, client.Name, delay, e);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private sealed class MessageLease(string popReceipt)
    {
        public string PopReceipt { get; set; } = popReceipt;
    }
}
