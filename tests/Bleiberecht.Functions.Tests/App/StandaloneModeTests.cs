using System.Net.Http.Json;
using Bleiberecht.Functions.Http;
using Bleiberecht.Functions.Probes;
using Bleiberecht.Storage.Queues;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>The app started as <c>bf run</c> starts it: it polls queues and ticks the clock itself.</summary>
public sealed class StandaloneModeTests(StandaloneAppFixture fixture) : IClassFixture<StandaloneAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly QueueServiceClient queues = fixture.Queues;
    private readonly HttpClient http = fixture.Http;
    private readonly ProbeRecords? records = fixture.Records;

    private AppProcess App => fixture.App;

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
    public async Task New_blob_in_the_watched_container_runs_the_blob_function()
    {
        var container = fixture.Blobs.GetBlobContainerClient(ProbeFunctions.InboxContainer);
        await container.CreateIfNotExistsAsync();
        var name = "mail-" + Guid.NewGuid().ToString("N") + ".eml";

        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString("From: a@example.org\r\n\r\nhello"));

        var record = await records!.WaitForAsync(r => r.Id == "probe-inbox/" + name, Timeout, () => App.Output);
        Assert.Equal(("ProbeInbox", "Standalone"), (record.Function, record.Mode));
        Assert.DoesNotContain(name, App.Output, StringComparison.Ordinal);
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
