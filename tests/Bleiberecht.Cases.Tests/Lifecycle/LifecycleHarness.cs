using System.Text;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Cases.Storage;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>
/// The case lifecycle in-process on Azurite: the workflow runtime with its dispatcher, a manual clock (timer messages
/// come back every second and are checked against it), a recording session agenda and mail sender.
/// </summary>
internal sealed class LifecycleHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public const string Counsellor = "fluechtlingsberatung@awo.dortmund.example";

    private readonly ServiceProvider provider;
    private readonly IHostedService[] hosted;

    private LifecycleHarness(ServiceProvider provider, string hub)
    {
        this.provider = provider;
        Hub = hub;
        hosted = provider.GetServices<IHostedService>().ToArray();
    }

    public string Hub { get; }

    public ManualTimeProvider Time => (ManualTimeProvider)provider.GetRequiredService<TimeProvider>();

    public RecordingSessionAgenda Agenda => (RecordingSessionAgenda)provider.GetRequiredService<ISessionAgenda>();

    public RecordingMailSender Mail => (RecordingMailSender)provider.GetRequiredService<IMailSender>();

    public WorkflowClient Client => provider.GetRequiredService<WorkflowClient>();

    public ICaseService Cases => provider.GetRequiredService<ICaseService>();

    public IStatistics Statistics => provider.GetRequiredService<IStatistics>();

    public IDocumentStore Documents => provider.GetRequiredService<IDocumentStore>();

    public TableServiceClient Tables => provider.GetRequiredService<TableServiceClient>();

    public BlobServiceClient Blobs => provider.GetRequiredService<BlobServiceClient>();

    public CommitteeConfiguration Dortmund => provider.GetRequiredService<CommitteeCatalog>().Get("dortmund");

    public IServiceProvider Services => provider;

    /// <summary>
    /// Starts a task hub (a new one, or <paramref name="existingHub"/> again: a restarted process) on a manual clock at
    /// <paramref name="now"/>; a message the stopped process held comes back after <paramref name="messageVisibility"/>.
    /// </summary>
    public static async Task<LifecycleHarness> StartAsync(AzuriteFixture azurite, string? nextSession = null, string? existingHub = null, DateTimeOffset? now = null, TimeSpan? messageVisibility = null)
    {
        var hub = existingHub ?? "case" + Guid.NewGuid().ToString("N")[..10];
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(now ?? Start));
        services.AddSingleton(account);
        services.AddSingleton(account.CreateTableServiceClient());
        services.AddSingleton(account.CreateBlobServiceClient());
        services.AddSingleton(account.CreateQueueServiceClient());
        services.AddSingleton(new CommitteeCatalog(CommitteeConfigurationLoader.LoadDirectory(Path.Combine(RepoPaths.Root, "config", "committees"))));
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
        services.AddSingleton<ISessionAgenda>(new RecordingSessionAgenda { NextSession = nextSession });
        services.AddSingleton<IMailSender, RecordingMailSender>();
        services.AddCaseLifecycle();
        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = hub;
            o.MaxTimerMessageDelay = TimeSpan.FromSeconds(1);
            o.MinPollingInterval = TimeSpan.FromMilliseconds(20);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(200);
            o.MessageVisibilityTimeout = messageVisibility ?? TimeSpan.FromSeconds(30);
            CaseLifecycleWorkflows.Register(o);
        });
        var harness = new LifecycleHarness(services.BuildServiceProvider(), hub);
        await account.CreateTableServiceClient().GetTableClient(hub + "Instances").CreateIfNotExistsAsync();
        foreach (var queue in new[] { "-control", "-work", "-poison" })
        {
            await account.CreateQueueServiceClient().GetQueueClient(hub + queue).CreateIfNotExistsAsync();
        }

        await account.CreateBlobServiceClient().GetBlobContainerClient(hub + "-payloads").CreateIfNotExistsAsync();
        foreach (var service in harness.hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>Does what the intake does: registers the case, stores the PDFs as submissions, starts the orchestration.</summary>
    public async Task<string> SubmitAsync(params byte[][] pdfs)
    {
        var table = Tables.GetTableClient(CaseStore.TableName);
        await table.CreateIfNotExistsAsync();
        var registration = await new CaseRegistry(table, Time).RegisterAsync(
            Dortmund,
            Time.GetUtcNow(),
            [Guid.NewGuid().ToString("N")],
            CaseRowFields.IntakeProperties("awo", Counsellor, IntakeChannel.Form));
        var caseNumber = registration.Number.ToString();
        await AddDocumentsAsync(caseNumber, pdfs);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            CaseWorkflow.CaseOrchestratorName,
            new CaseLifecycleInput("dortmund", caseNumber),
            new StartOrchestrationOptions(caseNumber));
        return caseNumber;
    }

    public async Task AddDocumentsAsync(string caseNumber, params byte[][] pdfs)
    {
        foreach (var (pdf, index) in pdfs.Select((p, i) => (p, i)))
        {
            await Documents.SaveAsync(StoredDocumentKind.Submission, caseNumber, null, $"eingang-{Guid.NewGuid():N}-{index}.pdf", pdf);
        }
    }

    public Task RaiseAsync(string caseNumber, CaseEventKind kind, string? sessionId = null, Assessment? assessment = null) =>
        Client.RaiseEventAsync(caseNumber, CaseWorkflow.CaseEventName, new CaseEvent
        {
            Kind = kind,
            Actor = new Actor(ActorRole.Secretariat, "ausschuss-buergerdienste@stadt.dortmund.example", "dortmund"),
            At = Time.GetUtcNow(),
            SessionId = sessionId,
            Assessment = assessment,
        });

    /// <summary>Waits (wall clock) until the case row satisfies <paramref name="condition"/>.</summary>
    public async Task<CaseSummary> WaitForAsync(string caseNumber, Func<CaseSummary, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var summary = await Cases.GetAsync(caseNumber);
            if (summary is not null && condition(summary))
            {
                return summary;
            }

            if (DateTime.UtcNow > deadline)
            {
                var instance = await Client.GetInstanceAsync(caseNumber, getInputsAndOutputs: true);
                throw new TimeoutException($"Case {caseNumber} did not reach the expected state: status {summary?.Status}, outcome {summary?.Outcome}, purged {summary?.Purged}; orchestration {instance?.RuntimeStatus} {instance?.FailureDetails?.ErrorMessage}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the orchestration has ended (completed) and returns the final case row.</summary>
    public async Task<CaseSummary> WaitForEndAsync(string caseNumber, int seconds = 30)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var instance = await Client.WaitForInstanceCompletionAsync(caseNumber, getInputsAndOutputs: true, cts.Token);
        Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instance.RuntimeStatus}: {instance.FailureDetails?.ErrorMessage}");
        return (await Cases.GetAsync(caseNumber))!;
    }

    /// <summary>Waits until at least <paramref name="count"/> mails were sent.</summary>
    public async Task<IReadOnlyList<MailMessage>> WaitForMailsAsync(int count, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Mail.Sent.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Mail.Sent.Count} of {count} mails sent: {string.Join(" | ", Mail.Sent.Select(m => m.Parsed.Subject))}");
            }

            await Task.Delay(50);
        }

        return Mail.Sent.Select(m => m.Parsed).ToArray();
    }

    /// <summary>The blobs left under <c>cases/{n}/</c> in the documents container.</summary>
    public async Task<IReadOnlyList<string>> CaseBlobsAsync(string caseNumber)
    {
        var names = new List<string>();
        await foreach (var blob in Blobs.GetBlobContainerClient(BlobDocumentStore.DocumentsContainer).GetBlobsAsync($"cases/{caseNumber}/"))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>Every property value (strings; binary as UTF-8) of every row of <paramref name="table"/> in <paramref name="partitionPrefix"/>.</summary>
    public async Task<IReadOnlyList<string>> TableTextAsync(string table, Func<TableEntity, bool> select)
    {
        var texts = new List<string>();
        await foreach (var row in Tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            if (!select(row))
            {
                continue;
            }

            foreach (var (_, value) in row)
            {
                texts.Add(value switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    BinaryData data => data.ToString(),
                    null => "",
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                });
            }
        }

        return texts;
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
