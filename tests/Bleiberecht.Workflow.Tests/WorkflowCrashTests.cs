using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Bleiberecht.Storage;
using Bleiberecht.Testing;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.CrashWorker;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bleiberecht.Workflow.Tests;

/// <summary>
/// Worker processes on Azurite, killed with SIGKILL at random moments and restarted: every orchestration must
/// complete with the right output, every activity result applied exactly once, none stuck.
/// </summary>
public sealed class WorkflowCrashTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public Task Killed_and_restarted_worker_completes_every_orchestration_exactly_once() =>
        RunAsync(orchestrations: 20, kills: 4, workers: 1, TimeSpan.FromSeconds(120));

    [Fact]
    [Trait("Category", "Long")]
    public Task Worker_killed_20_times_while_200_orchestrations_run_completes_all_exactly_once() =>
        RunAsync(orchestrations: 200, kills: 24, workers: 1, TimeSpan.FromMinutes(8));

    [Fact]
    [Trait("Category", "Long")]
    public Task Two_workers_on_the_same_storage_complete_200_orchestrations_without_split_brain() =>
        RunAsync(orchestrations: 200, kills: 0, workers: 2, TimeSpan.FromMinutes(8));

    [Fact]
    public Task Two_workers_on_the_same_storage_complete_everything_without_split_brain() =>
        RunAsync(orchestrations: 16, kills: 0, workers: 2, TimeSpan.FromSeconds(120));

    private async Task RunAsync(int orchestrations, int kills, int workers, TimeSpan timeout)
    {
        var hub = "crash" + Guid.NewGuid().ToString("N")[..10];
        var services = new ServiceCollection();
        services.AddSingleton(StorageAccount.FromConnectionString(azurite.ConnectionString));
        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = hub;
            o.EnableStandaloneDispatcher = false;
        });
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<WorkflowBackend>().CreateIfNotExistsAsync();
        var client = provider.GetRequiredService<WorkflowClient>();

        var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(hub)).ToArray();
        try
        {
            for (var i = 0; i < orchestrations; i++)
            {
                await client.ScheduleNewOrchestrationInstanceAsync(CrashWorkload.OrchestratorName, i, new StartOrchestrationOptions($"crash-{i:D4}"));
            }

            var random = new Random(orchestrations * 31 + kills);
            for (var k = 0; k < kills; k++)
            {
                await Task.Delay(random.Next(200, 1500));
                processes[0].Kill(); // SIGKILL on Linux: no cleanup, no flush
                await processes[0].WaitForExitAsync();
                processes[0].Dispose();
                processes[0] = StartWorker(hub);
            }

            output.WriteLine($"{kills} kills done; waiting for completion");
            using var cts = new CancellationTokenSource(timeout);
            for (var i = 0; i < orchestrations; i++)
            {
                var id = $"crash-{i:D4}";
                var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
                Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{id} is {done.RuntimeStatus}: {done.FailureDetails}");
                Assert.Equal(CrashWorkload.Expected(i), done.ReadOutputAs<long>());
                var history = await client.GetInstanceHistoryAsync(id);
                var scheduled = history.Where(e => e.EventType == "TaskScheduled").Select(TaskId).ToArray();
                var completed = history.Where(e => e.EventType == "TaskCompleted").Select(TaskId).ToArray();
                Assert.Equal(10, scheduled.Length);
                Assert.Equal(scheduled.Order(), completed.Order()); // each result applied exactly once
                Assert.Single(history, e => e.EventType == "ExecutionCompleted");
                Assert.Single(history, e => e.EventType == "TimerFired");
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill();
                }

                process.Dispose();
            }
        }
    }

    private static int TaskId(OrchestrationHistoryEntry entry) =>
        JsonDocument.Parse(entry.Json).RootElement.GetProperty("taskId").GetInt32();

    private Process StartWorker(string hub)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bleiberecht.Workflow.CrashWorker.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add(azurite.ConnectionString);
        info.ArgumentList.Add(hub);
        var log = new StringBuilder();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }

                output.WriteLine("worker: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
