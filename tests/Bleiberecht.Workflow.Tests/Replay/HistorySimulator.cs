using Bleiberecht.Workflow.History;
using Bleiberecht.Workflow.Replay;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Workflow.Tests.Replay;

/// <summary>
/// Drives the executor like the engine does (one step per batch of results/events) with random completion order,
/// random failures and random events, and records the history it would store.
/// </summary>
internal static class HistorySimulator
{
    public static OrchestrationExecutor Executor { get; } = new(DataConverter.Default, NullLoggerFactory.Instance);

    /// <summary>A recorded step: where its input events start and end, and what it produced.</summary>
    public sealed record RecordedStep(int Start, int ActionsStart, ExecutionResult Result);

    public static (List<HistoryEvent> History, List<RecordedStep> Steps) Record(ITaskOrchestrator orchestrator, object input, int seed)
    {
        var random = new Random(seed);
        var now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var history = new List<HistoryEvent>();
        var steps = new List<RecordedStep>();
        var pending = new List<HistoryEvent>();
        var episode = new List<HistoryEvent>
        {
            new OrchestratorStartedEvent { Timestamp = now },
            new ExecutionStartedEvent("Program", DataConverter.Default.Serialize(input), "e1") { Timestamp = now },
        };
        var eventCounter = 0;
        for (var round = 0; round < 300; round++)
        {
            var start = history.Count;
            history.AddRange(episode);
            var result = Executor.Execute("sim", _ => orchestrator, history, start);
            steps.Add(new RecordedStep(start, history.Count, result));
            foreach (var action in result.Actions)
            {
                var recorded = action.ToEvent(now);
                history.Add(recorded);
                pending.Add(recorded);
            }

            if (result.Status != OrchestrationRuntimeStatus.Running)
            {
                break;
            }

            // Next step: a random subset of the outstanding work completes, in random order; sometimes events arrive.
            now = now.AddSeconds(random.Next(0, 600));
            episode = [];
            var completing = pending.Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next()).ToList();
            if (completing.Count == 0 && pending.Count > 0 && random.Next(2) == 0)
            {
                completing.Add(pending[random.Next(pending.Count)]);
            }

            foreach (var scheduled in completing)
            {
                pending.Remove(scheduled);
                switch (scheduled)
                {
                    case TaskScheduledEvent task:
                        episode.Add(random.Next(25) == 0
                            ? new TaskFailedEvent(task.TaskId, new TaskFailureDetails("Boom", "activity failed"))
                            : new TaskCompletedEvent(task.TaskId, DataConverter.Default.Serialize($"{task.Name}:{task.Input}:{task.TaskId}")));
                        break;
                    case TimerCreatedEvent timer:
                        if (timer.FireAt > now)
                        {
                            now = timer.FireAt;
                        }

                        episode.Add(new TimerFiredEvent(timer.TaskId, timer.FireAt));
                        break;
                }
            }

            if (random.Next(3) == 0 || pending.Count == 0)
            {
                episode.Add(new EventRaisedEvent("ev" + random.Next(2), DataConverter.Default.Serialize("event" + eventCounter++)));
            }

            episode = [new OrchestratorStartedEvent { Timestamp = now }, .. episode.Select(e => e with { Timestamp = now })];
        }

        return (history, steps);
    }
}
