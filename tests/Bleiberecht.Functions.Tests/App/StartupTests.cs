namespace Bleiberecht.Functions.Tests.App;

public sealed class StartupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Missing_storage_setting_fails_start_up_naming_the_setting()
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" }, Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("AzureWebJobsStorage", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_connection_string_fails_start_up_naming_the_setting_not_the_secret()
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=https;AccountName=bleiberecht;AccountKey=not*base64*secret",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("AzureWebJobsStorage", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not*base64*secret", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_custom_handler_port_fails_start_up_naming_the_setting()
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "seventy" },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host__Queues__BatchSize", "64", "Host__Queues__BatchSize")]
    [InlineData("Host__Queues__VisibilityTimeout", "soon", "Host:Queues:VisibilityTimeout")]
    [InlineData("Host__Schedules__ProbeClock", "every minute", "Host__Schedules__ProbeClock")]
    [InlineData("Host__Schedules__ProbeQueue", "0 * * * * *", "Host__Schedules__ProbeQueue names no timer function")]
    public async Task Malformed_host_setting_fails_start_up_naming_it(string setting, string value, string expected)
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["ASPNETCORE_URLS"] = "http://127.0.0.1:0", [setting] = value },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }
}
