using System.Diagnostics;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Sessions;
using Bleiberecht.Cases.Storage;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;
using Bleiberecht.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>
/// The session side on Azurite with the workflow runtime in-process, a manual clock, a stand-in case orchestration
/// that records case events, a recording mail sender and the Dortmund committee under a fresh id and prefix (plus a
/// former member whose term ended on 31 January 2027).
/// </summary>
internal sealed class SessionHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly CommitteeConfiguration Dortmund = CommitteeConfigurationLoader
        .LoadDirectory(Path.Combine(RepoPaths.Root, "config", "committees"))
        .Single(c => c.Id == "dortmund");

    private readonly ServiceProvider provider;
    private readonly IHostedService[] hosted;

    private SessionHarness(ServiceProvider provider, CommitteeConfiguration committee)
    {
        this.provider = provider;
        hosted = provider.GetServices<IHostedService>().ToArray();
        Committee = committee;
    }

    public CommitteeConfiguration Committee { get; }

    public static CommitteeMember FormerMember { get; } = new("ehemals-1", "Frieda Früher", MemberRole.VolunteerRefugeeAid, "frieda.frueher@ehrenamt.dortmund.example", new DateOnly(2025, 11, 1), new DateOnly(2027, 1, 31));

    public ManualTimeProvider Time => provider.GetRequiredService<ManualTimeProvider>();

    public ISessionService Sessions => provider.GetRequiredService<ISessionService>();

    public ISessionAgenda Agenda => provider.GetRequiredService<ISessionAgenda>();

    public WorkflowClient Workflows => provider.GetRequiredService<WorkflowClient>();

    public RecordingMailSender Mail => provider.GetRequiredService<RecordingMailSender>();

    public IDocumentStore Documents => provider.GetRequiredService<IDocumentStore>();

    public CaseEventRecorder CaseEvents => provider.GetRequiredService<CaseEventRecorder>();

    public RecordingAuditTrail Audit => provider.GetRequiredService<RecordingAuditTrail>();

    public IServiceProvider Services => provider;

    public static async Task<SessionHarness> StartAsync(AzuriteFixture azurite)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var prefix = new string(suffix.Take(5).Select(c => (char)('A' + (Convert.ToInt32(c.ToString(), 16) % 26))).ToArray());
        var committee = Dortmund with { Id = "t" + suffix, CaseNumberPrefix = "Q" + prefix[..4], Members = [.. Dortmund.Members, FormerMember] };
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var tables = account.CreateTableServiceClient();
        var hub = "s" + suffix;

        var services = new ServiceCollection();
        services.AddLogging();
        var time = new ManualTimeProvider(Start);
        services.AddSingleton(time);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(account);
        services.AddSingleton(_ => account.CreateBlobServiceClient());
        services.AddSingleton(_ => account.CreateQueueServiceClient());
        services.AddSingleton(tables);
        services.AddSingleton(new CommitteeCatalog([committee]));
        services.AddSingleton<RecordingMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<RecordingMailSender>());
        services.AddSingleton<RecordingAuditTrail>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<RecordingAuditTrail>());
        services.AddSingleton<ICaseService, TestCaseService>();
        services.AddSingleton<IDocumentStore>(sp => new BlobDocumentStore(sp.GetRequiredService<BlobServiceClient>(), time));
        services.AddSingleton<CaseEventRecorder>();
        services.AddSingleton(new SessionStore(tables.GetTableClient("sessions" + suffix)));
        services.AddSingleton(new Bleiberecht.Cases.Mail.SentMailLog(tables, time, "mailsent" + suffix));
        services.AddSessions();
        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = hub;
            o.MinPollingInterval = TimeSpan.FromMilliseconds(20);
            o.MaxPollingInterval = TimeSpan.FromMilliseconds(200);
            o.MaxTimerMessageDelay = TimeSpan.FromSeconds(1);
            SessionWorkflows.Register(o);
            o.AddOrchestrator<RecordingCaseLifecycle>(CaseWorkflow.CaseOrchestratorName);
            o.AddActivity<RecordCaseEventActivity>(RecordCaseEventActivity.Name);
        });

        await tables.CreateTableIfNotExistsAsync("sessions" + suffix);
        await tables.CreateTableIfNotExistsAsync("mailsent" + suffix);
        await tables.CreateTableIfNotExistsAsync(hub + "Instances");
        var queues = account.CreateQueueServiceClient();
        foreach (var queue in new[] { "-control", "-work", "-poison" })
        {
            await queues.GetQueueClient(hub + queue).CreateIfNotExistsAsync();
        }

        await account.CreateBlobServiceClient().GetBlobContainerClient(hub + "-payloads").CreateIfNotExistsAsync();
        var harness = new SessionHarness(services.BuildServiceProvider(), committee);
        foreach (var service in harness.hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>A case number of the test committee, with its (stand-in) case orchestration running.</summary>
    public async Task<string> NewCaseAsync(int sequence)
    {
        var caseNumber = new CaseNumber(Committee.CaseNumberPrefix, 2027, sequence).ToString();
        await Workflows.ScheduleNewOrchestrationInstanceAsync(CaseWorkflow.CaseOrchestratorName, null, new StartOrchestrationOptions(caseNumber));
        return caseNumber;
    }

    /// <summary>Waits (wall clock, at most <paramref name="seconds"/>) until <paramref name="condition"/> holds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(50);
        }
    }

    public static Task EventuallyAsync(Func<bool> condition, string what, int seconds = 30) =>
        EventuallyAsync(() => Task.FromResult(condition()), what, seconds);

    /// <summary>A session start at <paramref name="localTime"/> in Berlin (winter time).</summary>
    public static DateTimeOffset Berlin(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    public async ValueTask DisposeAsync()
    {
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await provider.DisposeAsync();
    }
}
