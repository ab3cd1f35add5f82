using System.Net.Http.Json;
using Bleiberecht.Functions.Http;
using Bleiberecht.Functions.Probes;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>The app started as <c>bf run</c> starts it: it polls queues and ticks the clock itself.</summary>
public sealed class StandaloneModeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly QueueServiceClient queues = StorageAccount.FromConnectionString(azurite.ConnectionString).CreateQueueServiceClient();
    private readonly HttpClient http = new();
    private AppProcess? app;
    private ProbeRecords? records;

    private AppProcess App => app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var port = FreePorts.Take(1)[0];
        app = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Host__Queues__MinPollingInterval"] = "00:00:00.050",
                ["Host__Queues__MaxPollingInterval"] = "00:00:00.200",
                ["Host__Queues__VisibilityTimeout"] = "00:00:00.100",
                ["Host__BlobPollingInterval"] = "00:00:00.200",
                ["Host__Schedules__ProbeClock"] = "*/1 * * * * *",
            },
            port);
        http.BaseAddress = app.BaseAddress;
        records = new ProbeRecords(queues);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Health_endpoint_answers_in_standalone_mode()
    {
        var report = await http.GetFromJsonAsync<HealthReport>("api/health");

        Assert.Equal(new HealthReport("healthy", "Standalone", FunctionCatalogCount), report);
    }

    [Fact]
    public async Task Queue_message_runs_the_queue_function()
    {
        var text = "hello " + Guid.NewGuid();
        var queue = queues.GetQueueClient(ProbeFunctions.QueueName);
        await queue.CreateIfNotExistsAsync();
        var sent = await queue.SendMessageAsync(text);

        var record = await records!.WaitForAsync(r => r.Text == text, Timeout, () => App.Output);

        Assert.Equal(("ProbeQueue", "Standalone", sent.Value.MessageId, 1L), (record.Function, record.Mode, record.Id, record.DequeueCount));
    }

    [Fact]
    public async Task Failing_queue_message_ends_in_the_poison_queue_after_five_attempts()
    {
        var text = "fail " + Guid.NewGuid();
        var queue = queues.GetQueueClient(ProbeFunctions.QueueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(text);

        var poisoned = await ProbeRecords.WaitForMessageAsync(queues.GetQueueClient(ProbeFunctions.QueueName + "-poison"), m => m == text, Timeout, () => App.Output);

        Assert.Equal(text, poisoned);
        await WaitForOutputAsync("failed 5 times and was moved to probe-poison");
        Assert.DoesNotContain(text, App.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_ticks_the_timer_function()
    {
        var record = await records!.WaitForAsync(r => r.Function == "ProbeClock", Timeout, () => App.Output);

        Assert.Equal("Standalone", record.Mode);
        Assert.True(DateTimeOffset.Parse(record.Id, System.Globalization.CultureInfo.InvariantCulture).Millisecond == 0);
    }

    private async Task WaitForOutputAsync(string expected)
    {
        for (var i = 0; i < 100 && !App.Output.Contains(expected, StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(expected, App.Output, StringComparison.Ordinal);
    }

    private static int FunctionCatalogCount => Bleiberecht.Functions.Hosting.FunctionCatalog.Default.Functions.Count;
}
