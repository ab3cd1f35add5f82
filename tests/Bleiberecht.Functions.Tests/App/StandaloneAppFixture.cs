namespace Bleiberecht.Functions.Tests.App;

/// <summary>The app as <c>bf run</c> starts it, with short polling intervals and a clock ticking every second.</summary>
public sealed class StandaloneAppFixture : AppFixture
{
    private protected override Dictionary<string, string?> Environment(int port) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["Host__Queues__MinPollingInterval"] = "00:00:00.050",
        ["Host__Queues__MaxPollingInterval"] = "00:00:00.200",
        ["Host__Queues__VisibilityTimeout"] = "00:00:00",
        ["Host__BlobPollingInterval"] = "00:00:00.200",
        ["Host__Schedules__ProbeClock"] = "*/1 * * * * *",
    };
}
