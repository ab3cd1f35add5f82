using System.Collections.Concurrent;

namespace Bleiberecht.Workflow.Tests;

internal sealed class Increment : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

internal sealed class Square : TaskActivity<int, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, int input) => Task.FromResult((long)input * input);
}

internal sealed class Echo : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult(input + input);
}

/// <summary>Fails until it has been called <c>failures</c> times for the instance; records each call time.</summary>
internal sealed class Flaky(TimeProvider time) : TaskActivity<int, int>
{
    public static ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Calls { get; } = new();

    public override Task<int> RunAsync(TaskActivityContext context, int failures)
    {
        var calls = Calls.GetOrAdd(context.InstanceId, _ => new ConcurrentQueue<DateTimeOffset>());
        calls.Enqueue(time.GetUtcNow());
        return calls.Count <= failures ? throw new InvalidOperationException($"attempt {calls.Count} fails") : Task.FromResult(calls.Count);
    }
}

internal sealed class Chain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var value = 0;
        for (var i = 0; i < input; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(Increment), value);
        }

        return value;
    }
}

internal sealed class FanOut : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var tasks = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<long>(nameof(Square), i)).ToArray();
        var results = await Task.WhenAll(tasks);
        return results.Sum();
    }
}

internal sealed class Approval : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        try
        {
            var who = await context.WaitForExternalEvent<string>("Approval", TimeSpan.FromHours(1));
            return "approved by " + who;
        }
        catch (TaskCanceledException)
        {
            return "timed out at " + context.CurrentUtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Does some work first, then waits for two events, in order.</summary>
internal sealed class LateWaiter : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await context.CallActivityAsync<int>(nameof(Increment), 1);
        var first = await context.WaitForExternalEvent<string>("Note");
        var second = await context.WaitForExternalEvent<string>("Note");
        return first + "," + second;
    }
}

internal sealed class LongTimer : TaskOrchestrator<int, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, int days)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.AddDays(days), CancellationToken.None);
        return context.CurrentUtcDateTime;
    }
}

internal sealed class Retrying : TaskOrchestrator<int, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, int failures) =>
        context.CallActivityAsync<int>(
            nameof(Flaky),
            failures,
            TaskOptions.FromRetryPolicy(new RetryPolicy(4, TimeSpan.FromMinutes(1), 2.0, TimeSpan.FromMinutes(3))));
}

internal sealed class Parent : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var child = await context.CallSubOrchestratorAsync<int>(nameof(Chain), input);
        return child * 10;
    }
}

/// <summary>Adds one "Add" event per generation and continues as new until the target is reached.</summary>
internal sealed class Accumulator : TaskOrchestrator<AccumulatorState, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, AccumulatorState input)
    {
        var value = await context.WaitForExternalEvent<int>("Add");
        var sum = input.Sum + value;
        if (input.Remaining <= 1)
        {
            return sum;
        }

        context.SetCustomStatus(new { sum });
        context.ContinueAsNew(new AccumulatorState(sum, input.Remaining - 1));
        return 0;
    }
}

internal sealed record AccumulatorState(int Sum, int Remaining);

internal sealed class WaitForever : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var value = await context.WaitForExternalEvent<string>("Go");
        return "got " + value;
    }
}

internal sealed class BigEcho : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => context.CallActivityAsync<string>(nameof(Echo), input);
}

/// <summary>Schedules a different activity once <see cref="Switched"/> is set: a non-deterministic change.</summary>
internal sealed class Fickle : TaskOrchestrator<object?, int>
{
    public static ConcurrentDictionary<string, bool> Switched { get; } = new();

    public override async Task<int> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var a = await context.CallActivityAsync<int>(Switched.ContainsKey(context.InstanceId) ? nameof(Flaky) : nameof(Increment), 1);
        await context.WaitForExternalEvent<string>("Continue");
        return a;
    }
}
