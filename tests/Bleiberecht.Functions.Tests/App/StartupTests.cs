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
}
