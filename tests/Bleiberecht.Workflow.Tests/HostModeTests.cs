using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Backend.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bleiberecht.Workflow.Tests;

/// <summary>
/// Host mode: no dispatcher; a stand-in for the Functions host delivers one message per invocation of
/// <see cref="WorkflowWorker.ProcessMessageAsync"/>, deletes it on success and redelivers it on failure.
/// </summary>
public sealed class HostModeTests
{
    [Fact]
    public async Task Queue_triggered_invocations_run_an_orchestration_to_completion()
    {
        var time = new ManualTimeProvider();
        var backend = InMemoryWorkflowBackend.Create(time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(backend);
        services.AddBleiberechtWorkflow(o =>
        {
            o.EnableStandaloneDispatcher = false;
            WorkflowHarness.RegisterTestTypes(o);
        });
        await using var provider = services.BuildServiceProvider();
        Assert.Empty(provider.GetServices<IHostedService>());
        var client = provider.GetRequiredService<WorkflowClient>();
        var worker = provider.GetRequiredService<WorkflowWorker>();

        var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 5);
        var invocations = 0;
        for (var round = 0; round < 50 && (await client.GetInstanceAsync(id))!.IsRunning; round++)
        {
            foreach (var queue in new[] { backend.Control, backend.Work })
            {
                foreach (var message in await queue.ReceiveAsync(1, TimeSpan.FromMinutes(5)))
                {
                    await worker.ProcessMessageAsync(queue.Name, message.Text, message.DequeueCount);
                    await queue.DeleteAsync(message.MessageId, message.PopReceipt);
                    invocations++;
                }
            }
        }

        var done = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal(1 + 4 + 9 + 16 + 25, done.ReadOutputAs<long>());
        Assert.Equal(worker.ControlQueueName, backend.Control.Name);
        Assert.InRange(invocations, 3, 20);
        Assert.Empty(((InMemoryMessageQueue)backend.Work).Peek());
    }

    [Fact]
    public async Task Unreadable_message_is_parked_at_once_instead_of_retried()
    {
        var time = new ManualTimeProvider();
        var backend = InMemoryWorkflowBackend.Create(time);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(backend);
        services.AddBleiberechtWorkflow(o => o.EnableStandaloneDispatcher = false);
        await using var provider = services.BuildServiceProvider();
        var worker = provider.GetRequiredService<WorkflowWorker>();

        await worker.ProcessMessageAsync(worker.ControlQueueName, "this is not a workflow message", dequeueCount: 1);

        var parked = await backend.Poison.ReceiveAsync(32, TimeSpan.FromSeconds(1));
        Assert.Single(parked);
        Assert.Contains("this is not a workflow message", parked[0].Text, StringComparison.Ordinal);
    }
}
