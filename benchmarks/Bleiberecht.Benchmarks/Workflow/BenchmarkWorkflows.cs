using System.Collections.Concurrent;
using Bleiberecht.Workflow;

namespace Bleiberecht.Benchmarks.Workflow;

/// <summary>Where benchmark orchestrators report when they resumed (measurement only; not orchestrator logic).</summary>
internal static class Probe
{
    public static ConcurrentDictionary<int, TaskCompletionSource<DateTimeOffset>> Signals { get; } = new();

    public static TaskCompletionSource<DateTimeOffset> For(int key) =>
        Signals.GetOrAdd(key, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously));
}

internal sealed class BenchIncrement : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

internal sealed class BenchChain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var value = 0;
        for (var i = 0; i < input; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(BenchIncrement), value);
        }

        return value;
    }
}

internal sealed class BenchFanOut : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(BenchIncrement), i)));
        return results.Length;
    }
}

internal sealed class BenchPinger : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        for (var i = 0; i < input; i++)
        {
            var ping = await context.WaitForExternalEvent<int>("ping");
            if (!context.IsReplaying)
            {
                Probe.For(ping).TrySetResult(DateTimeOffset.UtcNow);
            }
        }

        return input;
    }
}

internal sealed class BenchTimer : TaskOrchestrator<BenchTimerInput, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, BenchTimerInput input)
    {
        var fireAt = context.CurrentUtcDateTime.AddMilliseconds(input.DelayMilliseconds);
        await context.CreateTimer(fireAt, CancellationToken.None);
        if (!context.IsReplaying)
        {
            Probe.For(input.Key).TrySetResult(DateTimeOffset.UtcNow);
        }

        return fireAt;
    }
}

internal sealed record BenchTimerInput(int Key, int DelayMilliseconds);
