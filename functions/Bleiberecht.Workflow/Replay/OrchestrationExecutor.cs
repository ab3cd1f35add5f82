using Bleiberecht.Workflow.History;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow.Replay;

/// <summary>
/// Replays an orchestrator over its history and returns the new steps it takes. Pure: no I/O, no clock; the
/// history's <see cref="OrchestratorStartedEvent"/> timestamps are the only time the code sees.
/// </summary>
internal sealed class OrchestrationExecutor(DataConverter converter, ILoggerFactory loggerFactory)
{
    /// <summary>Replays <paramref name="history"/>; events from <paramref name="newEventsStart"/> on are new (not replaying).</summary>
    public ExecutionResult Execute(string instanceId, Func<string, ITaskOrchestrator?> resolve, IReadOnlyList<HistoryEvent> history, int newEventsStart)
    {
        var started = history.OfType<ExecutionStartedEvent>().FirstOrDefault();
        if (started is null)
        {
            var suspendedWhilePending = history.LastOrDefault(e => e is ExecutionSuspendedEvent or ExecutionResumedEvent) is ExecutionSuspendedEvent;
            return new ExecutionResult { Actions = [], Status = suspendedWhilePending ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Pending };
        }

        var context = new ReplayOrchestrationContext(started.Name, instanceId, converter, loggerFactory);
        var sync = new ReplaySynchronizationContext();
        Task<object?>? run = null;
        var suspended = false;
        var held = new List<HistoryEvent>();
        var stoppedAt = history.Count;
        try
        {
            for (var i = 0; i < history.Count; i++)
            {
                var recorded = history[i];
                context.Replaying = i < newEventsStart;
                switch (recorded)
                {
                    case ExecutionTerminatedEvent terminated:
                        return new ExecutionResult
                        {
                            Actions = [],
                            Status = OrchestrationRuntimeStatus.Terminated,
                            Output = converter.Serialize(terminated.Reason),
                            CustomStatus = context.CustomStatus,
                            CustomStatusSet = context.CustomStatusSet,
                        };
                    case ExecutionSuspendedEvent:
                        suspended = true;
                        continue;
                    case ExecutionResumedEvent:
                        suspended = false;
                        foreach (var late in held)
                        {
                            Apply(late);
                        }

                        held.Clear();
                        continue;
                    case OrchestratorStartedEvent:
                        if (i <= newEventsStart)
                        {
                            context.EnsureAllMatched();
                        }

                        context.Now = recorded.Timestamp;
                        continue;
                }

                if (suspended && recorded is not (TaskScheduledEvent or TimerCreatedEvent or SubOrchestrationCreatedEvent))
                {
                    held.Add(recorded);
                    continue;
                }

                Apply(recorded);
                if (run is { IsCompleted: true })
                {
                    stoppedAt = i + 1;
                    break;
                }
            }
        }
        catch (NonDeterminismException e)
        {
            return Failed(new TaskFailureDetails(NonDeterminismException.ErrorType, e.Message));
        }

        if (run is null)
        {
            return new ExecutionResult { Actions = [], Status = suspended ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Pending };
        }

        if (stoppedAt < newEventsStart)
        {
            // The code finished while replaying: the rest of that step must record only what it scheduled,
            // and history must not go on with a later step.
            try
            {
                for (var i = stoppedAt; i < newEventsStart; i++)
                {
                    switch (history[i])
                    {
                        case OrchestratorStartedEvent:
                            var later = history.Take(newEventsStart).Skip(i).FirstOrDefault(e => e is TaskScheduledEvent or TimerCreatedEvent or SubOrchestrationCreatedEvent);
                            var step = later switch
                            {
                                TaskScheduledEvent t => $"step #{t.TaskId} {OrchestratorAction.Describe(t)}",
                                TimerCreatedEvent t => $"step #{t.TaskId} {OrchestratorAction.Describe(t)}",
                                SubOrchestrationCreatedEvent t => $"step #{t.TaskId} {OrchestratorAction.Describe(t)}",
                                _ => "later steps",
                            };
                            throw new NonDeterminismException(
                                $"Non-deterministic orchestrator '{context.Name}' (instance '{instanceId}'): history has {step}, but the code now returns before it.");
                        case TaskScheduledEvent e:
                            context.Match(e, e.TaskId);
                            break;
                        case TimerCreatedEvent e:
                            context.Match(e, e.TaskId);
                            break;
                        case SubOrchestrationCreatedEvent e:
                            context.Match(e, e.TaskId);
                            break;
                    }
                }
            }
            catch (NonDeterminismException e)
            {
                return Failed(new TaskFailureDetails(NonDeterminismException.ErrorType, e.Message));
            }
        }

        if (!run.IsCompleted)
        {
            return new ExecutionResult
            {
                Actions = context.UnmatchedActions.ToArray(),
                Status = suspended ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Running,
                CustomStatus = context.CustomStatus,
                CustomStatusSet = context.CustomStatusSet,
            };
        }

        if (run.IsFaulted)
        {
            var error = run.Exception!.InnerExceptions.Count == 1 ? run.Exception.InnerException! : run.Exception;
            return Failed(TaskFailureDetails.FromException(error));
        }

        if (run.IsCanceled)
        {
            return Failed(new TaskFailureDetails(typeof(TaskCanceledException).FullName!, "The orchestrator was canceled."));
        }

        if (context.TakeContinueAsNew() is { } again)
        {
            // Events after the one that ended this generation were never seen by the code: they go to the next one.
            var unseen = held.Concat(history.Skip(stoppedAt)).OfType<EventRaisedEvent>().ToArray();
            if (context.PreservesUnprocessedEvents && unseen.Length > 0)
            {
                again = again with { CarriedEvents = [.. again.CarriedEvents, .. unseen] };
            }

            return new ExecutionResult
            {
                Actions = [],
                Status = OrchestrationRuntimeStatus.Running,
                ContinueAsNew = again,
                CustomStatus = context.CustomStatus,
                CustomStatusSet = context.CustomStatusSet,
            };
        }

        return new ExecutionResult
        {
            Actions = context.UnmatchedActions.ToArray(),
            Status = OrchestrationRuntimeStatus.Completed,
            Output = converter.Serialize(run.Result),
            CustomStatus = context.CustomStatus,
            CustomStatusSet = context.CustomStatusSet,
        };

        ExecutionResult Failed(TaskFailureDetails failure) => new()
        {
            Actions = [],
            Status = OrchestrationRuntimeStatus.Failed,
            Failure = failure,
            CustomStatus = context.CustomStatus,
            CustomStatusSet = context.CustomStatusSet,
        };

        void Apply(HistoryEvent recorded)
        {
            switch (recorded)
            {
                case ExecutionStartedEvent start when run is null:
                    context.RawInput = start.Input;
                    var orchestrator = resolve(start.Name);
                    if (orchestrator is null)
                    {
                        run = Task.FromException<object?>(new InvalidOperationException($"No orchestrator named '{start.Name}' is registered."));
                        return;
                    }

                    sync.Run(() =>
                    {
                        object? input;
                        try
                        {
                            input = converter.Deserialize(start.Input, orchestrator.InputType);
                        }
                        catch (System.Text.Json.JsonException e)
                        {
                            run = Task.FromException<object?>(e);
                            return;
                        }

                        try
                        {
                            run = orchestrator.RunAsync(context, input);
                        }
                        catch (Exception e) when (e is not NonDeterminismException)
                        {
                            run = Task.FromException<object?>(e);
                        }
                    });
                    break;
                case TaskScheduledEvent e:
                    context.Match(e, e.TaskId);
                    break;
                case TimerCreatedEvent e:
                    context.Match(e, e.TaskId);
                    break;
                case SubOrchestrationCreatedEvent e:
                    context.Match(e, e.TaskId);
                    break;
                case ITaskResultEvent result:
                    sync.Run(() => context.Complete(result.TaskId, recorded));
                    break;
                case EventRaisedEvent raised:
                    sync.Run(() => context.Raise(raised));
                    break;
            }
        }
    }
}
