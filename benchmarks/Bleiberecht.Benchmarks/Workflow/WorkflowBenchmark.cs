using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Bleiberecht.Storage;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Backend.AzureStorage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bleiberecht.Benchmarks.Workflow;

/// <summary>
/// <c>./bf bench workflow [--quick]</c>: the workflow runtime against a private Azurite, standalone mode, one process.
/// Prints the figures docs/workflow.md records next to the published Durable Functions (Azure Storage) figures.
/// </summary>
internal sealed class WorkflowBenchmark : IBenchmarkCommand
{
    public string Name => "workflow";

    public string Description => "durable workflow runtime on Azurite: chain, fan-out, event latency, timer lateness, transactions";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var quick = arguments.Contains("--quick");
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var counter = new RequestCounter();
            var clientOptions = new StorageClientOptions();
            clientOptions.AddPolicy(counter, HttpPipelinePosition.PerRetry);
            var options = new WorkflowOptions { TaskHubName = "bench" };
            var services = new ServiceCollection();
            services.AddSingleton(AzureWorkflowBackend.Create(StorageAccount.FromConnectionString(azurite.ConnectionString), options, clientOptions));
            services.AddBleiberechtWorkflow(o =>
            {
                o.TaskHubName = "bench";
                o.AddActivity<BenchIncrement>().AddOrchestrator<BenchChain>().AddOrchestrator<BenchFanOut>()
                    .AddOrchestrator<BenchPinger>().AddOrchestrator<BenchTimer>();
            });
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<WorkflowBackend>().CreateIfNotExistsAsync(cancellationToken);
            var hosted = provider.GetServices<IHostedService>().ToArray();
            foreach (var service in hosted)
            {
                await service.StartAsync(cancellationToken);
            }

            var client = provider.GetRequiredService<WorkflowClient>();
            var rows = new List<(string Metric, string Value, string Published, string Goal)>();

            // 1. Sequential chain: steps per second and storage transactions per step.
            var chainLength = quick ? 50 : 200;
            await RunToCompletionAsync(client, nameof(BenchChain), 5, cancellationToken); // warm-up
            var before = counter.Count;
            var watch = Stopwatch.StartNew();
            await RunToCompletionAsync(client, nameof(BenchChain), chainLength, cancellationToken);
            watch.Stop();
            var perStep = (counter.Count - before) / (double)chainLength;
            rows.Add(("Sequential activity chain, steps/s (one instance)", F(chainLength / watch.Elapsed.TotalSeconds), "5/s", "≥ 50/s"));
            rows.Add(("Storage transactions per activity step (counted)", F(perStep), "—", "≤ 6"));

            // 2. Fan-out / fan-in.
            var fanOut = quick ? 200 : 1000;
            watch.Restart();
            await RunToCompletionAsync(client, nameof(BenchFanOut), fanOut, cancellationToken);
            watch.Stop();
            rows.Add(($"Fan-out/fan-in of {fanOut} activities, activities/s", F(fanOut / watch.Elapsed.TotalSeconds), "100/s per instance", "≥ 500/s"));

            // 3. External event → orchestration resumed.
            var pings = quick ? 30 : 100;
            var pinger = await client.ScheduleNewOrchestrationInstanceAsync(nameof(BenchPinger), pings, cancellationToken: cancellationToken);
            await WaitRunningAsync(client, pinger, cancellationToken);
            var latencies = new List<double>();
            for (var i = 1; i <= pings; i++)
            {
                var resumed = Probe.For(i).Task;
                var start = DateTimeOffset.UtcNow;
                await client.RaiseEventAsync(pinger, "ping", i, cancellationToken);
                var at = await resumed.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                latencies.Add((at - start).TotalMilliseconds);
            }

            rows.Add(("External event → resumed, p50 / p95 (ms)", $"{F(Percentile(latencies, 50))} / {F(Percentile(latencies, 95))}", "—", "p95 < 100 ms"));

            // 4. Timer lateness (short timers held in-process; longer ones through queue visibility).
            var timers = new List<Task<double>>();
            for (var i = 0; i < (quick ? 10 : 30); i++)
            {
                var key = 10_000 + i;
                var delay = i % 3 == 0 ? 4500 + (i * 37) : 800 + (i * 53);
                timers.Add(MeasureTimerAsync(client, key, delay, cancellationToken));
            }

            var lateness = (await Task.WhenAll(timers)).ToList();
            rows.Add(("Timer lateness p50 / p95 (ms)", $"{F(Percentile(lateness, 50))} / {F(Percentile(lateness, 95))}", "—", "p95 < 1000 ms"));

            // 5. Idle storage transactions per minute.
            await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);
            var idleSeconds = quick ? 20 : 60;
            var idleBefore = counter.Count;
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds), cancellationToken);
            rows.Add(("Idle storage transactions per minute (one process)", F((counter.Count - idleBefore) * 60.0 / idleSeconds), "—", "≤ 60"));

            foreach (var service in hosted)
            {
                await service.StopAsync(cancellationToken);
            }

            Console.WriteLine("| Metric | Bleiberecht.Workflow (Azurite, 1 process) | Durable Functions (Azure Storage, published) | Goal |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (metric, value, published, goal) in rows)
            {
                Console.WriteLine($"| {metric} | {value} | {published} | {goal} |");
            }

            return 0;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<double> MeasureTimerAsync(WorkflowClient client, int key, int delayMilliseconds, CancellationToken cancellationToken)
    {
        var resumed = Probe.For(key).Task;
        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(BenchTimer), new BenchTimerInput(key, delayMilliseconds), cancellationToken: cancellationToken);
        var at = await resumed.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
        var fireAt = new DateTimeOffset(DateTime.SpecifyKind(done.ReadOutputAs<DateTime>(), DateTimeKind.Utc));
        return (at - fireAt).TotalMilliseconds;
    }

    private static async Task RunToCompletionAsync(WorkflowClient client, string orchestrator, int input, CancellationToken cancellationToken)
    {
        var id = await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, cancellationToken: cancellationToken);
        var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cancellationToken);
        if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{orchestrator} ended {done.RuntimeStatus}: {done.FailureDetails}");
        }
    }

    private static async Task WaitRunningAsync(WorkflowClient client, string id, CancellationToken cancellationToken)
    {
        while ((await client.GetInstanceAsync(id, cancellationToken: cancellationToken))?.RuntimeStatus != OrchestrationRuntimeStatus.Running)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
