using Bleiberecht.Workflow.History;
using Bleiberecht.Workflow.Replay;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Workflow.Tests.Replay;

public sealed class ReplayDeterminismPropertyTests
{
    private static readonly Arbitrary<(ProgramStep[] Program, int Seed)> Programs =
        Gen.Zip(
            Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 1000)).Select(t => new ProgramStep(t.Item1, t.Item2))).Select(p => p.Take(12).ToArray()),
            Gen.Choose(0, int.MaxValue - 1))
        .ToArbitrary();

    [Fact]
    public void Replaying_any_recorded_history_yields_the_same_actions()
    {
        var property = Prop.ForAll(Programs, sample =>
        {
            var (history, steps) = HistorySimulator.Record(new ProgramOrchestrator(), sample.Program, sample.Seed);
            foreach (var step in steps)
            {
                // A fresh orchestrator replays the history up to this step's inputs and must do exactly what was recorded.
                var replay = HistorySimulator.Executor.Execute("sim", _ => new ProgramOrchestrator(), history.Take(step.ActionsStart).ToList(), step.Start);
                if (!SameActions(replay, step.Result) || replay.Status != step.Result.Status || replay.Output != step.Result.Output)
                {
                    return false;
                }
            }

            // Everything as past history: no new action, same outcome.
            var full = HistorySimulator.Executor.Execute("sim", _ => new ProgramOrchestrator(), history, history.Count);
            var last = steps[^1].Result;
            return full.Status == last.Status && full.Output == last.Output && (last.Status != OrchestrationRuntimeStatus.Running || full.Actions.Count == 0);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void Simulated_programs_reach_every_kind_of_step()
    {
        var program = Enumerable.Range(0, 6).Select(k => new ProgramStep(k, 7)).ToArray();
        var (history, steps) = HistorySimulator.Record(new ProgramOrchestrator(), program, 42);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, steps[^1].Result.Status);
        Assert.Contains(history, e => e is TimerFiredEvent);
        Assert.Contains(history, e => e is EventRaisedEvent);
        Assert.Contains(history, e => e is TaskCompletedEvent);
    }

    [Fact]
    public void Replay_with_a_step_removed_fails_naming_the_step()
    {
        var program = new[] { new ProgramStep(0, 1), new ProgramStep(0, 2), new ProgramStep(3, 0) };
        var (history, _) = HistorySimulator.Record(new ProgramOrchestrator(), program, 1);
        var changed = history.Select(e => e is ExecutionStartedEvent s
            ? s with { Input = DataConverter.Default.Serialize(new[] { new ProgramStep(0, 1), new ProgramStep(3, 0) }) }
            : e).ToList();
        var result = HistorySimulator.Executor.Execute("sim", _ => new ProgramOrchestrator(), changed, changed.Count);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.Equal(NonDeterminismException.ErrorType, result.Failure!.ErrorType);
        Assert.Contains("step #1 is CallActivityAsync(\"act2\") in history", result.Failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_with_an_extra_step_fails_naming_the_step()
    {
        var program = new[] { new ProgramStep(0, 1), new ProgramStep(3, 0) };
        var (history, _) = HistorySimulator.Record(new ProgramOrchestrator(), program, 3);
        var changed = history.Select(e => e is ExecutionStartedEvent s
            ? s with { Input = DataConverter.Default.Serialize(new[] { new ProgramStep(2, 1), new ProgramStep(3, 0) }) }
            : e).ToList();
        var result = HistorySimulator.Executor.Execute("sim", _ => new ProgramOrchestrator(), changed, changed.Count);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.Status);
        Assert.Contains("step #0", result.Failure!.ErrorMessage, StringComparison.Ordinal);
    }

    private static bool SameActions(ExecutionResult a, ExecutionResult b) =>
        a.Actions.Count == b.Actions.Count && a.Actions.Zip(b.Actions).All(p => p.First == p.Second);
}
