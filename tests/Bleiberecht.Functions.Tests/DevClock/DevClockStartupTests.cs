using Bleiberecht.Functions.Tests.App;

namespace Bleiberecht.Functions.Tests.DevClock;

public sealed class DevClockStartupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Adjustable_clock_is_refused_in_custom_handler_mode()
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "47123",
                ["Development__AdjustableClock"] = "true",
            },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("Development__AdjustableClock", output, StringComparison.Ordinal);
    }
}
