using Bleiberecht.Storage;
using Bleiberecht.Testing;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Backend.AzureStorage;

namespace Bleiberecht.Workflow.Tests;

/// <summary>
/// The scenarios on Azure Storage (Azurite): tables with entity group transactions, queues, blobs. Workflow time is a
/// manual clock; queue visibility is real time, so timer messages are chained every 300 ms of wall-clock time.
/// </summary>
public sealed class AzuriteWorkflowScenarioTests(AzuriteFixture azurite) : WorkflowScenarioTests, IClassFixture<AzuriteFixture>
{
    private string hub = "";

    private protected override TimeSpan StepPause => TimeSpan.FromMilliseconds(400);

    private protected override void Configure(WorkflowOptions options)
    {
        options.TaskHubName = hub;
        options.MaxTimerMessageDelay = TimeSpan.FromMilliseconds(300);
    }

    private protected override Task<WorkflowBackend> CreateBackendAsync(TimeProvider time)
    {
        hub = "t" + Guid.NewGuid().ToString("N")[..12];
        var options = new WorkflowOptions { TaskHubName = hub };
        return Task.FromResult(AzureWorkflowBackend.Create(StorageAccount.FromConnectionString(azurite.ConnectionString), options));
    }
}
