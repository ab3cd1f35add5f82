using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.History;
using Bleiberecht.Workflow.Replay;

namespace Bleiberecht.Workflow.Engine;

/// <summary>
/// Processes control messages of one instance as one step: load the partition, replay, and commit the new history,
/// the state and the outbox in one entity group transaction fenced by the state row's ETag; then send the outbox.
/// </summary>
internal sealed partial class OrchestrationProcessor(WorkflowRuntime runtime)
{
    private const int MaxConflictRetries = 10;
    private const int MaxContinueAsNewPerStep = 1000;
    private const int MaxRecentMessageIds = 200;
    private const int MaxCachedInstances = 5000;
    private const int ActivitiesPerMessage = 50;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachedInstance> cache = new(StringComparer.Ordinal);

    public async Task ProcessAsync(string instanceId, IReadOnlyList<WorkflowMessage> messages, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var fromCache = cache.TryGetValue(instanceId, out var cached);
            LoadedInstance loaded;
            IReadOnlyList<string> sentOutbox = [];
            if (fromCache)
            {
                (loaded, sentOutbox) = cached!;
            }
            else
            {
                var rows = await runtime.Backend.Instances.QueryPartitionAsync(instanceId, cancellationToken).ConfigureAwait(false);
                loaded = LoadedInstance.From(rows);
                if (loaded.OutboxRows.Count > 0)
                {
                    await FlushOutboxAsync(instanceId, loaded.OutboxRows, cancellationToken).ConfigureAwait(false);
                    loaded = loaded with { OutboxRows = [] };
                }
            }

            var step = await PlanAsync(instanceId, loaded, messages, cancellationToken).ConfigureAwait(false);
            if (fromCache && (step is null || step.DroppedMessages))
            {
                // The cache may be behind another process: verify against the table before dropping anything.
                await ForgetAsync(instanceId, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (step is null || step.Operations.Count == 0)
            {
                return;
            }

            var operations = step.Operations.ToList();
            operations.AddRange(sentOutbox.Take(100 - operations.Count).Select(k => new RowOperation(RowOperationKind.Delete, k, IfMatch: "*")));
            IReadOnlyList<string?> etags;
            try
            {
                etags = await runtime.Backend.Instances.SubmitAsync(instanceId, operations, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                Log.CommitConflict(runtime.Logger, instanceId, attempt);
                await ForgetAsync(instanceId, cancellationToken).ConfigureAwait(false);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            runtime.Signals.InstanceChanged(instanceId);
            if (step.Outbox.Count > 0)
            {
                await runtime.SendAllAsync(step.Outbox, cancellationToken).ConfigureAwait(false);
            }

            if (step.Next.State!.IsTerminal || etags[0] is null || cache.Count > MaxCachedInstances)
            {
                cache.TryRemove(instanceId, out _);
                if (step.OutboxRowKeys.Count > 0)
                {
                    await DeleteRowsAsync(instanceId, step.OutboxRowKeys, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (runtime.LocalWork is null)
            {
                // Host mode: the next message may go to another host instance, which would send undeleted rows again.
                if (step.OutboxRowKeys.Count > 0)
                {
                    await DeleteRowsAsync(instanceId, step.OutboxRowKeys, cancellationToken).ConfigureAwait(false);
                }

                cache[instanceId] = new CachedInstance(step.Next with { State = step.Next.State with { ETag = etags[0] } }, []);
            }
            else
            {
                // Standalone: sent outbox rows are deleted with the next step's commit (one transaction less per step).
                cache[instanceId] = new CachedInstance(step.Next with { State = step.Next.State with { ETag = etags[0] } }, step.OutboxRowKeys);
            }

            return;
        }
    }

    /// <summary>Drops the cached view of an instance (deleting the outbox rows this process already sent).</summary>
    public async Task ForgetAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (cache.TryRemove(instanceId, out var cached) && cached.SentOutboxRowKeys.Count > 0)
        {
            await DeleteRowsAsync(instanceId, cached.SentOutboxRowKeys, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeleteRowsAsync(string instanceId, IReadOnlyList<string> rowKeys, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.Backend.Instances.SubmitAsync(
                instanceId,
                rowKeys.Select(k => new RowOperation(RowOperationKind.Delete, k, IfMatch: "*")).ToArray(),
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // already deleted by a worker that flushed them
        }
    }

    /// <summary>Sends what a crashed worker committed but did not send (duplicates are detected by the receivers).</summary>
    private async Task FlushOutboxAsync(string instanceId, IReadOnlyList<StoredRow> outboxRows, CancellationToken cancellationToken)
    {
        foreach (var stem in InstanceRows.ByStem(outboxRows))
        {
            var messages = InstanceRows.ReadOutbox(stem);
            Log.OutboxRecovered(runtime.Logger, instanceId, messages.Length);
            await runtime.SendAllAsync(messages, cancellationToken).ConfigureAwait(false);
            try
            {
                await runtime.Backend.Instances.SubmitAsync(
                    instanceId,
                    stem.Select(r => new RowOperation(RowOperationKind.Delete, r.RowKey, IfMatch: "*")).ToArray(),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // another worker flushed it at the same time
            }
        }
    }

    private async Task<Step?> PlanAsync(string instanceId, LoadedInstance loaded, IReadOnlyList<WorkflowMessage> messages, CancellationToken cancellationToken)
    {
        var now = runtime.Time.GetUtcNow();
        var state = loaded.State;
        var stored = loaded.History;
        var seen = new HashSet<string>(stored.Select(e => e.MessageId).OfType<string>(), StringComparer.Ordinal);
        if (state is not null)
        {
            seen.UnionWith(state.RecentMessageIds);
        }

        var completed = stored.OfType<ITaskResultEvent>().Select(e => e.TaskId).ToHashSet();
        var scheduled = stored.Select(ScheduledId).OfType<int>().ToHashSet();
        var started = stored.OfType<ExecutionStartedEvent>().FirstOrDefault();
        var accepted = new List<HistoryEvent>();
        var directReplies = new List<OutboxMessage>();
        var restarted = false;
        var dropped = false;
        foreach (var message in messages)
        {
            if (!seen.Add(message.Id))
            {
                dropped = true;
                continue;
            }

            var e = message.Event! with { MessageId = message.Id, Timestamp = now };
            switch (e)
            {
                case ExecutionStartedEvent start:
                    if (state is null || (start.Parent is not null && state.IsTerminal && state.ExecutionId != start.ExecutionId))
                    {
                        restarted = state is not null;
                        state = NewState(instanceId, start, now) with { ETag = state?.ETag };
                        stored = [];
                        seen = new HashSet<string>([message.Id], StringComparer.Ordinal);
                        completed.Clear();
                        scheduled.Clear();
                        started = null;
                        accepted.Clear();
                    }
                    else if (state.ExecutionId != start.ExecutionId || started is not null)
                    {
                        dropped = true;
                        if (start.Parent is { } parent && state.ExecutionId != start.ExecutionId)
                        {
                            directReplies.Add(await ReplyToParentAsync(
                                parent,
                                new SubOrchestrationFailedEvent(parent.TaskId, new TaskFailureDetails("InstanceExists", $"An instance with id '{instanceId}' is already running.")),
                                cancellationToken).ConfigureAwait(false));
                        }

                        continue;
                    }

                    started = start;
                    accepted.Add(e);
                    break;
                case ITaskResultEvent taskResult:
                    if (state is null || state.IsTerminal || message.ExecutionId != state.ExecutionId
                        || completed.Contains(taskResult.TaskId) || !scheduled.Contains(taskResult.TaskId))
                    {
                        dropped = true;
                        continue;
                    }

                    completed.Add(taskResult.TaskId);
                    accepted.Add(e);
                    break;
                default:
                    if (state is null || state.IsTerminal)
                    {
                        Log.MessageDropped(runtime.Logger, instanceId, e.GetType().Name);
                        dropped = true;
                        continue;
                    }

                    accepted.Add(e);
                    break;
            }
        }

        if (directReplies.Count > 0)
        {
            await runtime.SendAllAsync(directReplies, cancellationToken).ConfigureAwait(false);
        }

        if (accepted.Count == 0 || state is null)
        {
            return dropped ? new Step([], [], [], loaded, DroppedMessages: true) : null;
        }

        // Execute on hydrated payloads, store the offloaded form.
        var hydratedPast = await HydrateAsync(stored, cancellationToken).ConfigureAwait(false);
        var episode = new List<HistoryEvent> { new OrchestratorStartedEvent { Timestamp = now } };
        episode.AddRange(accepted);
        var hydratedEpisode = await HydrateAsync(episode, cancellationToken).ConfigureAwait(false);
        var full = hydratedPast.Concat(hydratedEpisode).ToList();
        var newStart = hydratedPast.Count;
        var executionId = state.ExecutionId;
        var newExecution = false;
        var recent = state.RecentMessageIds.ToList();
        ExecutionStartedEvent? startEvent = started;
        ExecutionResult result;
        var generations = 0;
        while (true)
        {
            result = full.OfType<ExecutionStartedEvent>().Any() || !full.OfType<ExecutionTerminatedEvent>().Any()
                ? runtime.Executor.Execute(instanceId, name => runtime.Options.Registry.CreateOrchestrator(name, runtime.Services), full, newStart)
                : new ExecutionResult { Actions = [], Status = OrchestrationRuntimeStatus.Terminated };
            if (result.ContinueAsNew is not { } again || startEvent is null)
            {
                break;
            }

            if (++generations > MaxContinueAsNewPerStep)
            {
                result = new ExecutionResult
                {
                    Actions = [],
                    Status = OrchestrationRuntimeStatus.Failed,
                    Failure = new TaskFailureDetails("ContinueAsNewLoop", $"ContinueAsNew was called {MaxContinueAsNewPerStep} times in one step without awaiting anything durable."),
                };
                break;
            }

            var carriedIds = again.CarriedEvents.Select(e => e.MessageId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            recent.AddRange(full.Select(e => e.MessageId).OfType<string>().Where(id => !carriedIds.Contains(id)));
            executionId = Guid.NewGuid().ToString("N");
            startEvent = new ExecutionStartedEvent(startEvent.Name, again.Input, executionId, startEvent.Parent) { Timestamp = now };
            full = [new OrchestratorStartedEvent { Timestamp = now }, .. again.CarriedEvents, startEvent];
            newStart = 0;
            newExecution = true;
        }

        // What gets written: the whole new execution, or this step's events appended.
        var written = newExecution ? full : episode;
        var outbox = new List<OutboxMessage>();
        var activities = new List<HistoryEvent>();
        foreach (var action in result.Actions)
        {
            var recorded = await runtime.Payloads.OffloadAsync(action.ToEvent(now), instanceId, cancellationToken).ConfigureAwait(false);
            written.Add(recorded);
            if (recorded is TaskScheduledEvent)
            {
                activities.Add(recorded with { Timestamp = default });
            }
            else
            {
                outbox.Add(await ToMessageAsync(instanceId, executionId, startEvent?.Name ?? state.Name, recorded, cancellationToken).ConfigureAwait(false));
            }
        }

        // Activities of one step travel in batches: one queue message (send + delete) per batch instead of per activity.
        foreach (var batch in activities.Chunk(ActivitiesPerMessage))
        {
            var message = batch.Length == 1
                ? new WorkflowMessage(NewId(), instanceId, executionId, batch[0])
                : new WorkflowMessage(NewId(), instanceId, executionId, null) { Batch = batch };
            outbox.Add(new OutboxMessage(OutboxMessage.WorkQueue, await runtime.Codec.EncodeAsync(message, cancellationToken).ConfigureAwait(false)));
        }

        var historyCount = (newExecution ? 0 : state.HistoryEventCount) + written.Count;
        if (historyCount > runtime.Options.MaxHistoryEvents && result.Status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended)
        {
            outbox.Clear();
            written.RemoveRange(written.Count - result.Actions.Count, result.Actions.Count);
            result = new ExecutionResult
            {
                Actions = [],
                Status = OrchestrationRuntimeStatus.Failed,
                Failure = new TaskFailureDetails(
                    "HistoryTooLarge",
                    $"The history of instance '{instanceId}' would have {historyCount} events, more than the limit of {runtime.Options.MaxHistoryEvents}. " +
                    "Use ContinueAsNew to restart the orchestration with a fresh history (for example after each batch or cycle)."),
            };
        }

        string? output = null;
        if (result.Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed)
        {
            output = await runtime.Payloads.OffloadAsync(result.Output, instanceId, cancellationToken).ConfigureAwait(false);
            written.Add(new ExecutionCompletedEvent(result.Status, output, result.Failure) { Timestamp = now });
        }
        else if (result.Status == OrchestrationRuntimeStatus.Terminated)
        {
            output = result.Output ?? runtime.Converter.Serialize(accepted.OfType<ExecutionTerminatedEvent>().LastOrDefault()?.Reason);
        }

        if (result.Status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated
            && startEvent?.Parent is { } parentInstance)
        {
            HistoryEvent reply = result.Status == OrchestrationRuntimeStatus.Completed
                ? new SubOrchestrationCompletedEvent(parentInstance.TaskId, output)
                : new SubOrchestrationFailedEvent(parentInstance.TaskId, result.Failure ?? new TaskFailureDetails("Terminated", $"Sub-orchestration '{instanceId}' was terminated."));
            outbox.Add(await ReplyToParentAsync(parentInstance, reply, cancellationToken).ConfigureAwait(false));
        }

        var storedWritten = new List<HistoryEvent>(written.Count);
        foreach (var e in written)
        {
            storedWritten.Add(await runtime.Payloads.OffloadAsync(e, instanceId, cancellationToken).ConfigureAwait(false));
        }

        var sequence = newExecution ? 0 : state.NextHistorySequence;
        var newState = state with
        {
            Name = startEvent?.Name ?? state.Name,
            Status = result.Status,
            ExecutionId = executionId,
            Input = newExecution ? storedWritten.OfType<ExecutionStartedEvent>().First().Input : state.Input,
            Output = output,
            Failure = result.Failure,
            CustomStatus = result.CustomStatusSet ? result.CustomStatus : state.CustomStatus,
            LastUpdatedAt = now,
            NextHistorySequence = sequence + 1,
            HistoryEventCount = historyCount,
            RecentMessageIds = recent.Count > MaxRecentMessageIds ? recent[^MaxRecentMessageIds..] : recent,
        };

        var operations = new List<RowOperation>
        {
            state.ETag is null
                ? new RowOperation(RowOperationKind.Add, InstanceRows.StateRowKey, InstanceRows.StateProperties(newState))
                : new RowOperation(RowOperationKind.Replace, InstanceRows.StateRowKey, InstanceRows.StateProperties(newState), state.ETag),
        };
        foreach (var (rowKey, properties) in InstanceRows.ChunkedRows(InstanceRows.HistoryStem(executionId, sequence), InstanceRows.SerializeEvents(storedWritten), "history"))
        {
            operations.Add(new RowOperation(RowOperationKind.Add, rowKey, properties));
        }

        var outboxKeys = new List<string>();
        if (outbox.Count > 0)
        {
            foreach (var (rowKey, properties) in InstanceRows.ChunkedRows($"{InstanceRows.OutboxPrefix}{executionId}-{sequence:D6}", InstanceRows.SerializeOutbox(outbox), "outbox"))
            {
                operations.Add(new RowOperation(RowOperationKind.Add, rowKey, properties));
                outboxKeys.Add(rowKey);
            }
        }

        var staleRows = (newExecution || restarted ? loaded.StaleRowKeys.Concat(loaded.HistoryRowKeys) : loaded.StaleRowKeys).ToList();
        var deleting = Math.Max(0, Math.Min(staleRows.Count, 90 - operations.Count));
        foreach (var stale in staleRows.Take(deleting))
        {
            operations.Add(new RowOperation(RowOperationKind.Delete, stale, IfMatch: "*"));
        }

        if (operations.Count > 100)
        {
            throw new InvalidOperationException($"The step of instance '{instanceId}' needs {operations.Count} rows, more than one transaction allows; schedule fewer steps at once.");
        }

        var historyKeys = operations.Where(o => o.Kind == RowOperationKind.Add && o.RowKey.StartsWith("h-", StringComparison.Ordinal)).Select(o => o.RowKey);
        var next = new LoadedInstance(
            newState,
            newExecution || restarted ? storedWritten : [.. stored, .. storedWritten],
            [],
            staleRows.Skip(deleting).ToArray(),
            (newExecution || restarted ? historyKeys : loaded.HistoryRowKeys.Concat(historyKeys)).ToArray());
        return new Step(operations, outbox, outboxKeys, next, dropped);
    }

    private async Task<OutboxMessage> ToMessageAsync(string instanceId, string executionId, string orchestratorName, HistoryEvent recorded, CancellationToken cancellationToken)
    {
        switch (recorded)
        {
            case TaskScheduledEvent:
                return new OutboxMessage(
                    OutboxMessage.WorkQueue,
                    await runtime.Codec.EncodeAsync(new WorkflowMessage(NewId(), instanceId, executionId, recorded with { Timestamp = default }), cancellationToken).ConfigureAwait(false));
            case TimerCreatedEvent timer:
                return new OutboxMessage(
                    OutboxMessage.ControlQueue,
                    await runtime.Codec.EncodeAsync(new WorkflowMessage(NewId(), instanceId, executionId, new TimerFiredEvent(timer.TaskId, timer.FireAt)), cancellationToken).ConfigureAwait(false),
                    timer.FireAt);
            case SubOrchestrationCreatedEvent sub:
                var childExecution = Guid.NewGuid().ToString("N");
                var start = new ExecutionStartedEvent(sub.Name, sub.Input, childExecution, new ParentInstance(instanceId, executionId, sub.TaskId, orchestratorName));
                return new OutboxMessage(
                    OutboxMessage.ControlQueue,
                    await runtime.Codec.EncodeAsync(new WorkflowMessage(NewId(), sub.InstanceId, childExecution, start), cancellationToken).ConfigureAwait(false));
            default:
                throw new InvalidOperationException($"No message for {recorded.GetType().Name}.");
        }
    }

    private async Task<OutboxMessage> ReplyToParentAsync(ParentInstance parent, HistoryEvent reply, CancellationToken cancellationToken) =>
        new(OutboxMessage.ControlQueue, await runtime.Codec.EncodeAsync(new WorkflowMessage(NewId(), parent.InstanceId, parent.ExecutionId, reply), cancellationToken).ConfigureAwait(false));

    private async Task<List<HistoryEvent>> HydrateAsync(IReadOnlyList<HistoryEvent> events, CancellationToken cancellationToken)
    {
        var result = new List<HistoryEvent>(events.Count);
        foreach (var e in events)
        {
            result.Add(await runtime.Payloads.ResolveAsync(e, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    private static InstanceState NewState(string instanceId, ExecutionStartedEvent start, DateTimeOffset now) => new()
    {
        InstanceId = instanceId,
        Name = start.Name,
        Status = OrchestrationRuntimeStatus.Pending,
        ExecutionId = start.ExecutionId,
        Input = start.Input,
        CreatedAt = now,
        LastUpdatedAt = now,
        ScheduledStartTime = start.ScheduledStartTime,
    };

    private static int? ScheduledId(HistoryEvent e) => e switch
    {
        TaskScheduledEvent s => s.TaskId,
        TimerCreatedEvent t => t.TaskId,
        SubOrchestrationCreatedEvent o => o.TaskId,
        _ => null,
    };

    private static string NewId() => Guid.NewGuid().ToString("N");

    private sealed record Step(IReadOnlyList<RowOperation> Operations, IReadOnlyList<OutboxMessage> Outbox, IReadOnlyList<string> OutboxRowKeys, LoadedInstance Next, bool DroppedMessages);

    private sealed record CachedInstance(LoadedInstance Loaded, IReadOnlyList<string> SentOutboxRowKeys);
}
