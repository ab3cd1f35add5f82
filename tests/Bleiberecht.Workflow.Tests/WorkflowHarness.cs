using Bleiberecht.Workflow.Backend;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bleiberecht.Workflow.Tests;

/// <summary>A task hub with its dispatcher running, on a manual clock.</summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly IHostedService[] hosted;

    private WorkflowHarness(ServiceProvider provider, ManualTimeProvider time, WorkflowBackend backend)
    {
        this.provider = provider;
        Time = time;
        Backend = backend;
        hosted = provider.GetServices<IHostedService>().ToArray();
        Client = provider.GetRequiredService<WorkflowClient>();
        Worker = provider.GetRequiredService<WorkflowWorker>();
    }

    public WorkflowClient Client { get; }

    public WorkflowWorker Worker { get; }

    public ManualTimeProvider Time { get; }

    public WorkflowBackend Backend { get; }

    /// <summary>Wall-clock pause between clock steps (longer where messages travel through a real queue).</summary>
    public TimeSpan StepPause { get; set; } = TimeSpan.FromMilliseconds(50);

    public static void RegisterTestTypes(WorkflowOptions options)
    {
        options.AddActivity<Increment>().AddActivity<Square>().AddActivity<Echo>().AddActivity<Flaky>();
        options.AddOrchestrator<Chain>().AddOrchestrator<FanOut>().AddOrchestrator<Approval>().AddOrchestrator<LateWaiter>()
            .AddOrchestrator<LongTimer>().AddOrchestrator<Retrying>().AddOrchestrator<Parent>().AddOrchestrator<Accumulator>()
            .AddOrchestrator<WaitForever>().AddOrchestrator<BigEcho>().AddOrchestrator<Fickle>();
    }

    public static async Task<WorkflowHarness> StartAsync(WorkflowBackend backend, ManualTimeProvider time, Action<WorkflowOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(backend);
        services.AddBleiberechtWorkflow(o =>
        {
            o.MinPollingInterval = TimeSpan.FromMilliseconds(20);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(200);
            o.MessageVisibilityTimeout = TimeSpan.FromSeconds(30);
            RegisterTestTypes(o);
            configure?.Invoke(o);
        });
        var harness = new WorkflowHarness(services.BuildServiceProvider(), time, backend);
        await backend.CreateIfNotExistsAsync();
        foreach (var service in harness.hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    public async Task<OrchestrationMetadata> CompleteAsync(string instanceId, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cts.Token);
    }

    /// <summary>Waits (wall clock) until the instance satisfies <paramref name="condition"/>.</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} did not reach the expected state; it is {instance?.RuntimeStatus}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the history has at least <paramref name="count"/> events of <paramref name="eventType"/>.</summary>
    public async Task WaitForHistoryAsync(string instanceId, string eventType, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while ((await Client.GetInstanceHistoryAsync(instanceId)).Count(e => e.EventType == eventType) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} has fewer than {count} {eventType} events.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Moves the clock in steps (wall-clock pauses between) until the instance has ended.</summary>
    public async Task<OrchestrationMetadata> AdvanceUntilCompletedAsync(string instanceId, TimeSpan step, int maxSteps = 300)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            if (instance is { IsCompleted: true })
            {
                return instance;
            }

            Time.Advance(step);
            await Task.Delay(StepPause);
        }

        throw new TimeoutException($"Instance {instanceId} did not complete after {maxSteps} steps of {step}.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
    }
}
