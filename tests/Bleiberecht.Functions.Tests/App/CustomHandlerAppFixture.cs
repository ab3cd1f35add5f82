using System.Globalization;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>The app as the Functions host starts it: <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set.</summary>
public sealed class CustomHandlerAppFixture : AppFixture
{
    private protected override bool ProvisionStorageFirst => true;

    private protected override Dictionary<string, string?> Environment(int port) => new()
    {
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture),
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:1", // the port setting wins, as it must in Azure
        ["Host__Schedules__ProbeClock"] = "*/1 * * * * *", // must not start a clock in this mode
    };
}
