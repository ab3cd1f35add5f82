using System.Globalization;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Workflow;

public sealed class WorkflowStartupTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Malformed_task_hub_fails_start_up_naming_the_setting()
    {
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["ASPNETCORE_URLS"] = "http://127.0.0.1:0", ["Workflow__TaskHub"] = "case-hub" },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("Workflow__TaskHub", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_task_hub_than_the_manifest_fails_start_up_in_custom_handler_mode()
    {
        var port = FreePorts.Take(1)[0].ToString(CultureInfo.InvariantCulture);
        var (exitCode, output) = await AppProcess.RunToExitAsync(
            new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port, ["Workflow__TaskHub"] = "other" },
            Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("Workflow__TaskHub must be 'bleiberecht' in custom-handler mode", output, StringComparison.Ordinal);
    }
}
