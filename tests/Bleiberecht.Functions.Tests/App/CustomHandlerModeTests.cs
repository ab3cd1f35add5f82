using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bleiberecht.Functions.Http;
using Bleiberecht.Functions.Probes;
using Bleiberecht.Functions.Tests.CustomHandler;
using Bleiberecht.Storage.Queues;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>The app started as the Azure Functions host starts it: <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set, invocations posted to it.</summary>
public sealed class CustomHandlerModeTests(CustomHandlerAppFixture fixture) : IClassFixture<CustomHandlerAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly QueueServiceClient queues = fixture.Queues;
    private readonly HttpClient http = fixture.Http;
    private readonly ProbeRecords? records = fixture.Records;

    private AppProcess App => fixture.App;

    [Fact]
    public async Task Documented_queue_payload_runs_the_queue_function_and_answers_the_documented_shape()
    {
        using var response = await PostAsync("ProbeQueue", DocumentedPayloads.QueueExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("Logs").ValueKind);
        Assert.True(body.TryGetProperty("ReturnValue", out _));
        var record = await records!.WaitForAsync(r => r.Id == "800ae4b3-bdd2-4c08-badd-f08e5a34b865", Timeout, () => App.Output);
        Assert.Equal(("ProbeQueue", "CustomHandler", "{ message: \"Message sent\" }", 1L), (record.Function, record.Mode, record.Text, record.DequeueCount));
    }

    [Fact]
    public async Task Plain_json_queue_payload_is_accepted()
    {
        using var response = await PostAsync("ProbeQueue", DocumentedPayloads.QueuePlainJson);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await records!.WaitForAsync(r => r.Id == "6f1c0a9e-0000-4000-8000-000000000001", Timeout, () => App.Output);
        Assert.Equal("BF-2026-0042", JsonDocument.Parse(record.Text!).RootElement.GetProperty("case").GetString());
        Assert.Equal(2L, record.DequeueCount);
    }

    [Fact]
    public async Task Failing_function_answers_non_2xx_so_the_host_retries()
    {
        using var response = await PostAsync("ProbeQueue", """{ "Data": { "message": "fail now" }, "Metadata": { "Id": "m-fail", "DequeueCount": 1 } }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("ProbeQueue failed", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timer_payload_runs_the_timer_function()
    {
        using var response = await PostAsync("ProbeClock", DocumentedPayloads.TimerExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await records!.WaitForAsync(r => r.Function == "ProbeClock", Timeout, () => App.Output);
        Assert.Equal(("CustomHandler", true), (record.Mode, record.IsPastDue));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero).AddTicks(123456), DateTimeOffset.Parse(record.Id, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Event_grid_blob_payload_runs_the_blob_function()
    {
        var name = "mail-" + Guid.NewGuid().ToString("N") + ".eml";

        using var response = await PostAsync("ProbeInbox", DocumentedPayloads.BlobExample("probe-inbox/" + name, "http://127.0.0.1:10000/devstoreaccount1/probe-inbox/" + name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await records!.WaitForAsync(r => r.Id == "probe-inbox/" + name, Timeout, () => App.Output);
        Assert.Equal(("CustomHandler", "probe-inbox/" + name), (record.Mode, record.Id));
    }

    [Fact]
    public async Task Blob_payload_larger_than_kestrels_default_limit_is_accepted()
    {
        var name = "big-" + Guid.NewGuid().ToString("N") + ".eml";
        var payload = DocumentedPayloads.BlobExample("probe-inbox/" + name, "http://127.0.0.1/devstoreaccount1/probe-inbox/" + name)
            .Replace("ignored content", new string('A', 40 * 1024 * 1024), StringComparison.Ordinal);

        using var response = await PostAsync("ProbeInbox", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await records!.WaitForAsync(r => r.Id == "probe-inbox/" + name, Timeout, () => App.Output);
    }

    [Theory]
    [InlineData("ProbeQueue", "not json")]
    [InlineData("ProbeQueue", """{ "Data": {}, "Metadata": {} }""")]
    [InlineData("ProbeInbox", """{ "Data": { "blob": "x" }, "Metadata": {} }""")]
    public async Task Malformed_invocation_is_rejected_with_400(string function, string body)
    {
        using var response = await PostAsync(function, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_function_is_404()
    {
        using var response = await PostAsync("NoSuchFunction", DocumentedPayloads.QueueExample);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_http_request_reaches_the_api()
    {
        var report = await http.GetFromJsonAsync<HealthReport>("api/health");

        Assert.Equal("CustomHandler", report!.Mode);
    }

    [Fact]
    public async Task App_does_not_poll_queues_itself_in_custom_handler_mode()
    {
        var queue = queues.GetQueueClient(ProbeFunctions.QueueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("left for the Functions host");

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var peeked = (await queue.PeekMessagesAsync(32)).Value;
        Assert.Contains(peeked, m => m.MessageText == "left for the Functions host" && m.DequeueCount == 0);
    }

    private Task<HttpResponseMessage> PostAsync(string function, string json) =>
        http.PostAsync(function, new StringContent(json, Encoding.UTF8, "application/json"));
}
