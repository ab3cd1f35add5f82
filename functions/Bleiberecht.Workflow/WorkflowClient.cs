using System.Runtime.CompilerServices;
using System.Text.Json;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Engine;
using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow;

/// <summary>
/// Starts, queries and controls orchestration instances (after <c>Microsoft.DurableTask.Client.DurableTaskClient</c>).
/// </summary>
public sealed class WorkflowClient
{
    private readonly WorkflowRuntime runtime;

    internal WorkflowClient(WorkflowRuntime runtime) => this.runtime = runtime;

    private IInstanceTable Table => runtime.Backend.Instances;

    /// <summary>
    /// Schedules a new instance. An instance id that is pending, running or suspended is an error
    /// (<see cref="OrchestrationAlreadyExistsException"/>); an ended one is replaced.
    /// </summary>
    /// <returns>The instance id.</returns>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        ValidateInstanceId(instanceId);
        var existingRow = await Table.GetAsync(instanceId, InstanceRows.StateRowKey, cancellationToken).ConfigureAwait(false);
        var existing = existingRow is null ? null : InstanceRows.ReadState(existingRow);
        if (existing is { IsTerminal: false })
        {
            throw new OrchestrationAlreadyExistsException(instanceId, existing.Status);
        }

        var now = runtime.Time.GetUtcNow();
        var executionId = Guid.NewGuid().ToString("N");
        var serialized = await runtime.Payloads.OffloadAsync(runtime.Converter.Serialize(input), instanceId, cancellationToken).ConfigureAwait(false);
        var start = new ExecutionStartedEvent(orchestratorName, serialized, executionId, null, options?.StartAt);
        var message = new OutboxMessage(
            OutboxMessage.ControlQueue,
            await runtime.Codec.EncodeAsync(new WorkflowMessage(Guid.NewGuid().ToString("N"), instanceId, executionId, start), cancellationToken).ConfigureAwait(false),
            options?.StartAt);
        var state = new InstanceState
        {
            InstanceId = instanceId,
            Name = orchestratorName,
            Status = OrchestrationRuntimeStatus.Pending,
            ExecutionId = executionId,
            Input = serialized,
            CreatedAt = now,
            LastUpdatedAt = now,
            ScheduledStartTime = options?.StartAt,
        };

        if (existing is null)
        {
            // Message first: if we crash before the state row exists, the worker creates it from the message.
            await runtime.SendAsync(message, cancellationToken).ConfigureAwait(false);
            try
            {
                await Table.SubmitAsync(instanceId, [new RowOperation(RowOperationKind.Add, InstanceRows.StateRowKey, InstanceRows.StateProperties(state))], cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                var winner = await Table.GetAsync(instanceId, InstanceRows.StateRowKey, cancellationToken).ConfigureAwait(false);
                var winnerState = winner is null ? null : InstanceRows.ReadState(winner);
                if (winnerState?.ExecutionId != executionId)
                {
                    throw new OrchestrationAlreadyExistsException(instanceId, winnerState?.Status ?? OrchestrationRuntimeStatus.Pending);
                }
            }
        }
        else
        {
            try
            {
                await Table.SubmitAsync(
                    instanceId,
                    [new RowOperation(RowOperationKind.Replace, InstanceRows.StateRowKey, InstanceRows.StateProperties(state), existing.ETag)],
                    cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException e)
            {
                throw new OrchestrationAlreadyExistsException($"Instance '{instanceId}' was changed while it was being replaced.", e);
            }

            await runtime.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return instanceId;
    }

    /// <summary>
    /// Raises an event. It is kept until the orchestration waits for it (also while pending, and across
    /// ContinueAsNew); events of one name are delivered in the order they were raised.
    /// </summary>
    /// <exception cref="InvalidOperationException">The instance does not exist or has ended.</exception>
    public async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var state = await RequireStateAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (state.IsTerminal)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' has ended ({state.Status}); the event '{eventName}' cannot be delivered.");
        }

        var payload = await runtime.Payloads.OffloadAsync(runtime.Converter.Serialize(eventPayload), instanceId, cancellationToken).ConfigureAwait(false);
        await SendControlAsync(instanceId, new EventRaisedEvent(eventName, payload), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Terminates a pending, running or suspended instance; an ended one is left alone.</summary>
    public async Task TerminateInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var state = await RequireStateAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (!state.IsTerminal)
        {
            await SendControlAsync(instanceId, new ExecutionTerminatedEvent(reason), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Suspends an instance: it keeps receiving events and results but does not run until resumed.</summary>
    public async Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var state = await RequireStateAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (!state.IsTerminal)
        {
            await SendControlAsync(instanceId, new ExecutionSuspendedEvent(reason), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Resumes a suspended instance.</summary>
    public async Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var state = await RequireStateAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (!state.IsTerminal)
        {
            await SendControlAsync(instanceId, new ExecutionResumedEvent(reason), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The instance, or null when there is none.</summary>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetAsync(instanceId, InstanceRows.StateRowKey, cancellationToken).ConfigureAwait(false);
        return row is null ? null : await ToMetadataAsync(InstanceRows.ReadState(row), getInputsAndOutputs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One page of instances matching <paramref name="query"/>, in instance id order.</summary>
    public async Task<OrchestrationQueryPage> GetInstancesPageAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = new List<OrchestrationMetadata>();
        var filter = new InstanceFilter(query.Statuses, query.CreatedFrom, query.CreatedTo, query.InstanceIdPrefix);
        await foreach (var row in Table.QueryStatesAsync(filter, query.ContinuationToken, cancellationToken).ConfigureAwait(false))
        {
            page.Add(await ToMetadataAsync(InstanceRows.ReadState(row), query.FetchInputsAndOutputs, cancellationToken).ConfigureAwait(false));
            if (page.Count >= query.PageSize)
            {
                return new OrchestrationQueryPage(page, page[^1].InstanceId);
            }
        }

        return new OrchestrationQueryPage(page, null);
    }

    /// <summary>All instances matching <paramref name="query"/> (fetched page by page).</summary>
    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = query ?? new OrchestrationQuery();
        while (true)
        {
            var page = await GetInstancesPageAsync(next, cancellationToken).ConfigureAwait(false);
            foreach (var instance in page.Instances)
            {
                yield return instance;
            }

            if (page.ContinuationToken is null)
            {
                yield break;
            }

            next = next with { ContinuationToken = page.ContinuationToken };
        }
    }

    /// <summary>Deletes an ended instance with its history and payloads. A running instance is not purged (count 0).</summary>
    public async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var rows = await Table.QueryPartitionAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var stateRow = rows.FirstOrDefault(r => r.RowKey == InstanceRows.StateRowKey);
        if (stateRow is null || !InstanceRows.ReadState(stateRow).IsTerminal)
        {
            return new PurgeResult(0);
        }

        await runtime.Backend.Payloads.DeleteByPrefixAsync(PayloadStore.BlobPrefixOf(instanceId), cancellationToken).ConfigureAwait(false);
        foreach (var chunk in rows.Where(r => r.RowKey != InstanceRows.StateRowKey).Chunk(100))
        {
            await Table.SubmitAsync(instanceId, chunk.Select(r => new RowOperation(RowOperationKind.Delete, r.RowKey, IfMatch: "*")).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await Table.SubmitAsync(instanceId, [new RowOperation(RowOperationKind.Delete, InstanceRows.StateRowKey, IfMatch: stateRow.ETag)], cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return new PurgeResult(0);
        }

        return new PurgeResult(1);
    }

    /// <summary>Purges ended instances matching <paramref name="filter"/>, one page per call (resumable).</summary>
    public async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = filter.Statuses is { Count: > 0 } s
            ? s.Where(x => x is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated).ToArray()
            : [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];
        var page = await GetInstancesPageAsync(
            new OrchestrationQuery { Statuses = statuses, CreatedFrom = filter.CreatedFrom, CreatedTo = filter.CreatedTo, PageSize = filter.PageSize, ContinuationToken = filter.ContinuationToken },
            cancellationToken).ConfigureAwait(false);
        var purged = 0;
        foreach (var instance in page.Instances)
        {
            purged += (await PurgeInstanceAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;
        }

        return new PurgeResult(purged, page.ContinuationToken);
    }

    /// <summary>Waits until the instance has completed, failed or been terminated.</summary>
    /// <exception cref="InvalidOperationException">The instance does not exist.</exception>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var poll = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var changed = runtime.Signals.NextChangeAsync(instanceId);
            var instance = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"There is no instance with id '{instanceId}'.");
            if (instance.IsCompleted)
            {
                return instance;
            }

            // Wall-clock polling on purpose: another process may complete the instance.
            await Task.WhenAny(changed, Task.Delay(poll, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            poll = TimeSpan.FromMilliseconds(Math.Min(poll.TotalMilliseconds * 2, 1000));
        }
    }

    /// <summary>The current execution's history, for diagnostics.</summary>
    public async Task<IReadOnlyList<OrchestrationHistoryEntry>> GetInstanceHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var loaded = LoadedInstance.From(await Table.QueryPartitionAsync(instanceId, cancellationToken).ConfigureAwait(false));
        return loaded.History
            .Select(e => new OrchestrationHistoryEntry(e.GetType().Name[..^"Event".Length], e.Timestamp, JsonSerializer.Serialize(e, MessageCodec.Json)))
            .ToArray();
    }

    internal static void ValidateInstanceId(string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (instanceId.Length > 256 || instanceId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException("An instance id has at most 256 characters and no '/', '\\', '#', '?' or control characters.", nameof(instanceId));
        }
    }

    private async Task<InstanceState> RequireStateAsync(string instanceId, CancellationToken cancellationToken)
    {
        ValidateInstanceId(instanceId);
        var row = await Table.GetAsync(instanceId, InstanceRows.StateRowKey, cancellationToken).ConfigureAwait(false);
        return row is null ? throw new InvalidOperationException($"There is no instance with id '{instanceId}'.") : InstanceRows.ReadState(row);
    }

    private async Task SendControlAsync(string instanceId, HistoryEvent e, CancellationToken cancellationToken)
    {
        var text = await runtime.Codec.EncodeAsync(new WorkflowMessage(Guid.NewGuid().ToString("N"), instanceId, null, e), cancellationToken).ConfigureAwait(false);
        await runtime.SendAsync(new OutboxMessage(OutboxMessage.ControlQueue, text), cancellationToken).ConfigureAwait(false);
    }

    private async Task<OrchestrationMetadata> ToMetadataAsync(InstanceState state, bool withPayloads, CancellationToken cancellationToken) =>
        new(state.Name, state.InstanceId)
        {
            RuntimeStatus = state.Status,
            CreatedAt = state.CreatedAt,
            LastUpdatedAt = state.LastUpdatedAt,
            SerializedCustomStatus = state.CustomStatus,
            FailureDetails = state.Failure,
            SerializedInput = withPayloads ? await runtime.Payloads.ResolveAsync(state.Input, cancellationToken).ConfigureAwait(false) : null,
            SerializedOutput = withPayloads ? await runtime.Payloads.ResolveAsync(state.Output, cancellationToken).ConfigureAwait(false) : null,
        };
}
