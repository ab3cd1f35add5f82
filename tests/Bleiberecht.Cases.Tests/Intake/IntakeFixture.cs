using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Cases.Storage;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Cases.Tests.Intake;

/// <summary>
/// Azurite, a task hub with its dispatcher running a stand-in <c>CaseLifecycle</c> (it waits for one case event and
/// ends with it), and per test a fresh committee (unique id and case-number prefix) so tests share storage safely.
/// </summary>
public sealed class IntakeFixture : IAsyncLifetime
{
    private static readonly CommitteeConfiguration Dortmund = CommitteeConfigurationLoader
        .LoadDirectory(Path.Combine(RepoPaths.Root, "config", "committees"))
        .Single(c => c.Id == "dortmund");

    private readonly AzuriteFixture azurite = new();
    private ServiceProvider? provider;
    private IHostedService[] hosted = [];
    private int committees;

    public WorkflowClient Workflow => provider!.GetRequiredService<WorkflowClient>();

    public BlobServiceClient Blobs => provider!.GetRequiredService<BlobServiceClient>();

    public TableClient CasesTable => provider!.GetRequiredService<TableServiceClient>().GetTableClient("cases");

    public IDocumentStore Documents => new BlobDocumentStore(Blobs, TimeProvider.System);

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        var services = new ServiceCollection();
        services.AddBleiberechtStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString }).Build());
        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = "intaketest";
            o.MinPollingInterval = TimeSpan.FromMilliseconds(20);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(200);
            o.AddOrchestrator<StandInCaseLifecycle>(CaseWorkflow.CaseOrchestratorName);
        });
        provider = services.BuildServiceProvider();
        await provider.GetRequiredService<TableServiceClient>().CreateTableIfNotExistsAsync("intaketestInstances");
        foreach (var queue in new[] { "-control", "-work", "-poison" })
        {
            await provider.GetRequiredService<QueueServiceClient>().GetQueueClient("intaketest" + queue).CreateIfNotExistsAsync();
        }

        await Blobs.GetBlobContainerClient("intaketest-payloads").CreateIfNotExistsAsync();
        await CasesTable.CreateIfNotExistsAsync();
        hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }

    /// <summary>A committee of its own (Dortmund's counsellors, a unique id and prefix) and an intake for it.</summary>
    public IntakeScope NewScope(IntakeLimits? limits = null, Func<CommitteeConfiguration, CommitteeConfiguration>? adjust = null)
    {
        var n = Interlocked.Increment(ref committees);
        var prefix = "T" + (char)('A' + (n / 26 % 26)) + (char)('A' + (n % 26));
        var committee = Dortmund with { Id = "test" + n, CaseNumberPrefix = prefix };
        committee = adjust?.Invoke(committee) ?? committee;
        var catalog = new CommitteeCatalog([committee]);
        var registry = new CaseRegistry(CasesTable, TimeProvider.System);
        var intake = new IntakeService(catalog, registry, Documents, Workflow, IntakeSamples.ReadOptions, TimeProvider.System, NullLogger<IntakeService>.Instance, limits);
        return new IntakeScope(committee, catalog, registry, intake, this);
    }
}
