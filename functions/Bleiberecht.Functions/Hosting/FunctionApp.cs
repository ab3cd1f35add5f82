using Bleiberecht.Functions.CustomHandler;
using Bleiberecht.Storage;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// Builds and runs the app in the mode its environment asks for: custom-handler mode when the Functions host set
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, standalone mode otherwise.
/// </summary>
internal static class FunctionApp
{
    /// <summary>The variable the Functions host sets to the port it will post invocations to.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Exit code for a missing or malformed setting.</summary>
    public const int ConfigurationErrorExitCode = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception e) when (e is InvalidConfigurationException or StorageConfigurationException)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + e.Message);
            return ConfigurationErrorExitCode;
        }

        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var mode = HostMode.Standalone;
        if (builder.Configuration[CustomHandlerPortVariable] is { Length: > 0 } portText)
        {
            if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                throw new InvalidConfigurationException($"{CustomHandlerPortVariable} must be a TCP port number, not '{portText}'.");
            }

            mode = HostMode.CustomHandler;
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        var catalog = FunctionCatalog.Default;
        builder.Services.AddFunctionHost(builder.Configuration, mode, catalog, FunctionCatalog.Sources);

        var app = builder.Build();
        foreach (var source in FunctionCatalog.Sources)
        {
            source.MapEndpoints(app);
        }
        if (mode == HostMode.CustomHandler)
        {
            app.MapCustomHandlerInvocations(catalog);
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FunctionApp).FullName!);
        app.Lifetime.ApplicationStarted.Register(() => HostLog.HostStarted(logger, mode, catalog.Functions.Count));
        return app;
    }
}
