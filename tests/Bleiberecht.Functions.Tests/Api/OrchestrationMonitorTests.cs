using Bleiberecht.Functions.Api;
using Bleiberecht.Functions.Probes;
using Bleiberecht.Functions.Workflow;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The operations view on the real workflow runtime (Azurite): status filter, pages, no inputs or outputs.</summary>
public sealed class OrchestrationMonitorTests : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private ServiceProvider? provider;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddBleiberechtStorage(configuration);
        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = "apiops";
            o.EnableStandaloneDispatcher = false;
            o.AddOrchestrator<ProbeWorkflow>();
        });
        services.AddSingleton<IOrchestrationMonitor, WorkflowOrchestrationMonitor>();
        provider = services.BuildServiceProvider();
        await new TaskHubStorage(
            provider.GetRequiredService<WorkflowOptions>(),
            provider.GetRequiredService<QueueServiceClient>(),
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<BlobServiceClient>()).EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Pending_instances_are_listed_page_by_page_without_their_input()
    {
        var client = provider!.GetRequiredService<WorkflowClient>();
        var monitor = provider!.GetRequiredService<IOrchestrationMonitor>();
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeWorkflow), "Amina Beispiel", new StartOrchestrationOptions { InstanceId = "BF-2026-0001" });
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeWorkflow), "Amina Beispiel", new StartOrchestrationOptions { InstanceId = "BF-2026-0002" });

        var first = await monitor.QueryAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Pending], PageSize = 1, FetchInputsAndOutputs = true });
        var second = await monitor.QueryAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Pending], PageSize = 1, ContinuationToken = first.ContinuationToken });
        var completed = await monitor.QueryAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] });
        var one = await monitor.GetAsync("BF-2026-0002");

        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["BF-2026-0001", "BF-2026-0002"], first.Instances.Concat(second.Instances).Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        Assert.Empty(completed.Instances);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, one!.RuntimeStatus);
        Assert.All(first.Instances.Concat(second.Instances).Append(one), i => Assert.Null(i.SerializedInput));
        Assert.Null(await monitor.GetAsync("BF-2026-0404"));
    }
}
