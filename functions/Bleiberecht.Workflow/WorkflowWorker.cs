using System.Text.Json;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Engine;
using Bleiberecht.Workflow.History;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Workflow;

/// <summary>
/// Processes workflow queue messages. <see cref="ProcessMessageAsync"/> is the stateless unit of work a queue trigger
/// calls (host mode); the standalone dispatcher calls the same code in batches.
/// </summary>
public sealed partial class WorkflowWorker
{
    private const int MaxStackTraceLength = 4000;
    private readonly WorkflowRuntime runtime;
    private readonly OrchestrationProcessor orchestrations;

    internal WorkflowWorker(WorkflowRuntime runtime)
    {
        this.runtime = runtime;
        orchestrations = new OrchestrationProcessor(runtime);
    }

    /// <summary>The queue of orchestration messages (one queue trigger).</summary>
    public string ControlQueueName => runtime.Backend.Control.Name;

    /// <summary>The queue of activity messages (one queue trigger).</summary>
    public string WorkQueueName => runtime.Backend.Work.Name;

    /// <summary>
    /// Processes one message of <paramref name="queueName"/>. Returns normally when the message may be deleted;
    /// throws to have it retried. On its last attempt (<paramref name="dequeueCount"/> ≥ MaxDequeueCount) a failing
    /// message is parked in the poison queue and its instance marked failed, and the call returns normally.
    /// </summary>
    public async Task ProcessMessageAsync(string queueName, string messageText, long dequeueCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        try
        {
            var message = await runtime.Codec.DecodeAsync(messageText, cancellationToken).ConfigureAwait(false);
            if (queueName == WorkQueueName)
            {
                await ExecuteActivityAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else if (!await DeferIfEarlyAsync(message, holdInline: true, cancellationToken).ConfigureAwait(false))
            {
                await orchestrations.ProcessAsync(message.InstanceId, [message], cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (dequeueCount >= runtime.Options.MaxDequeueCount || e is JsonException))
        {
            await ParkAsync(queueName, messageText, dequeueCount, e, cancellationToken).ConfigureAwait(false);
        }
    }

    internal Task ProcessInstanceAsync(string instanceId, IReadOnlyList<WorkflowMessage> messages, CancellationToken cancellationToken) =>
        orchestrations.ProcessAsync(instanceId, messages, cancellationToken);

    internal Task<WorkflowMessage> DecodeAsync(string text, CancellationToken cancellationToken) => runtime.Codec.DecodeAsync(text, cancellationToken);

    /// <summary>Re-sends a timer or scheduled start that is not due yet (chaining over the queue's 7-day limit).</summary>
    internal async Task<bool> DeferIfEarlyAsync(WorkflowMessage message, bool holdInline, CancellationToken cancellationToken)
    {
        if (WorkflowRuntime.NotBefore(message) is not { } due || due <= runtime.Time.GetUtcNow())
        {
            return false;
        }

        if (holdInline && due - runtime.Time.GetUtcNow() <= WorkflowRuntime.HoldWindow)
        {
            await Task.Delay(due - runtime.Time.GetUtcNow(), runtime.Time, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var text = await runtime.Codec.EncodeAsync(message, cancellationToken).ConfigureAwait(false);
        await runtime.SendAsync(new OutboxMessage(OutboxMessage.ControlQueue, text, due), cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal async Task ExecuteActivityAsync(WorkflowMessage message, CancellationToken cancellationToken) =>
        await Task.WhenAll(message.Split().Select(async single =>
        {
            var result = await RunActivityAsync(single, cancellationToken).ConfigureAwait(false);
            await SendResultAsync(result, cancellationToken).ConfigureAwait(false);
        })).ConfigureAwait(false);

    internal async Task SendResultAsync(WorkflowMessage result, CancellationToken cancellationToken)
    {
        var text = await runtime.Codec.EncodeAsync(result, cancellationToken).ConfigureAwait(false);
        await runtime.SendAsync(new OutboxMessage(OutboxMessage.ControlQueue, text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the activity; its failure is a result (TaskFailed), not an exception.</summary>
    internal async Task<WorkflowMessage> RunActivityAsync(WorkflowMessage message, CancellationToken cancellationToken)
    {
        if (message.Event is not TaskScheduledEvent scheduled)
        {
            throw new JsonException($"A work message must carry a scheduled task, not {message.Event?.GetType().Name}.");
        }

        HistoryEvent result;
        await using (var scope = runtime.Services.CreateAsyncScope())
        {
            var activity = runtime.Options.Registry.CreateActivity(scheduled.Name, scope.ServiceProvider);
            if (activity is null)
            {
                result = new TaskFailedEvent(scheduled.TaskId, new TaskFailureDetails("ActivityNotFound", $"No activity named '{scheduled.Name}' is registered."));
            }
            else
            {
                try
                {
                    var input = await runtime.Payloads.ResolveAsync(scheduled.Input, cancellationToken).ConfigureAwait(false);
                    var context = new TaskActivityContext(scheduled.Name, message.InstanceId, scheduled.TaskId, cancellationToken);
                    var output = await activity.RunAsync(context, runtime.Converter.Deserialize(input, activity.InputType)).ConfigureAwait(false);
                    var serialized = await runtime.Payloads.OffloadAsync(runtime.Converter.Serialize(output), message.InstanceId, cancellationToken).ConfigureAwait(false);
                    result = new TaskCompletedEvent(scheduled.TaskId, serialized);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.ActivityFailed(runtime.Logger, scheduled.Name, message.InstanceId, scheduled.TaskId, e.GetType().FullName ?? "?");
                    var failure = TaskFailureDetails.FromException(e);
                    result = new TaskFailedEvent(scheduled.TaskId, failure with { StackTrace = failure.StackTrace is { Length: > MaxStackTraceLength } s ? s[..MaxStackTraceLength] : failure.StackTrace });
                }
            }
        }

        return new WorkflowMessage(Guid.NewGuid().ToString("N"), message.InstanceId, message.ExecutionId, result);
    }

    /// <summary>Moves a message that keeps failing to the poison queue and marks its instance failed, saying why.</summary>
    internal async Task ParkAsync(string queueName, string messageText, long dequeueCount, Exception error, CancellationToken cancellationToken)
    {
        var reason = $"{error.GetType().FullName}: {error.Message}";
        var parked = JsonSerializer.Serialize(new { queue = queueName, dequeueCount, reason, message = messageText }, MessageCodec.Json);
        await runtime.Backend.Poison.SendAsync(parked, null, cancellationToken).ConfigureAwait(false);
        string? instanceId = null;
        try
        {
            instanceId = JsonSerializer.Deserialize<WorkflowMessage>(messageText, MessageCodec.Json)?.InstanceId;
        }
        catch (JsonException)
        {
            // unreadable: parked without an instance to mark
        }

        Log.MessageParked(runtime.Logger, queueName, instanceId ?? "?", dequeueCount);
        if (instanceId is null)
        {
            return;
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await runtime.Backend.Instances.GetAsync(instanceId, InstanceRows.StateRowKey, cancellationToken).ConfigureAwait(false);
            if (row is null || InstanceRows.ReadState(row) is { IsTerminal: true })
            {
                return;
            }

            var state = InstanceRows.ReadState(row) with
            {
                Status = OrchestrationRuntimeStatus.Failed,
                LastUpdatedAt = runtime.Time.GetUtcNow(),
                Failure = new TaskFailureDetails(
                    "PoisonMessage",
                    $"A message of queue '{queueName}' failed {dequeueCount} times and was moved to queue '{runtime.Backend.Poison.Name}'. Last error: {reason}"),
            };
            try
            {
                await runtime.Backend.Instances.SubmitAsync(
                    instanceId,
                    [new RowOperation(RowOperationKind.Replace, InstanceRows.StateRowKey, InstanceRows.StateProperties(state), row.ETag)],
                    cancellationToken).ConfigureAwait(false);
                runtime.Signals.InstanceChanged(instanceId);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // changed meanwhile: read again
            }
        }
    }
}
