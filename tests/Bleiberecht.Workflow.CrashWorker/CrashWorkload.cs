using Bleiberecht.Workflow;

namespace Bleiberecht.Workflow.CrashWorker;

/// <summary>The orchestration the crash tests run: a chain, a fan-out/fan-in and a short timer.</summary>
public static class CrashWorkload
{
    public const string OrchestratorName = nameof(CrashOrchestration);

    public static void Register(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOrchestrator<CrashOrchestration>().AddActivity<AddOne>().AddActivity<Times>();
    }

    /// <summary>What <see cref="CrashOrchestration"/> returns for <paramref name="input"/> when every result is applied exactly once.</summary>
    public static long Expected(int input)
    {
        var value = input + 4;
        return Enumerable.Range(1, 6).Sum(i => (long)value * i);
    }
}

public sealed class CrashOrchestration : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var value = input;
        for (var i = 0; i < 4; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(AddOne), value);
        }

        await context.CreateTimer(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        var parts = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => context.CallActivityAsync<long>(nameof(Times), new[] { value, i })));
        return parts.Sum();
    }
}

public sealed class AddOne : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

public sealed class Times : TaskActivity<int[], long>
{
    public override Task<long> RunAsync(TaskActivityContext context, int[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult((long)input[0] * input[1]);
    }
}
