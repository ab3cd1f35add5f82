using System.Xml;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.DevClock;

/// <summary>
/// Local demos only (<c>Development__AdjustableClock=true</c>, standalone mode): the app's <see cref="TimeProvider"/>
/// becomes an <see cref="AdjustableTimeProvider"/>, workflow timer messages come back every two seconds to be checked
/// against it, and <c>GET/POST /api/dev/clock</c> shows and advances it (<c>{"advance":"P8D"}</c>, ISO 8601 duration).
/// Refused in custom-handler mode (Azure): production time is never adjustable.
/// </summary>
internal sealed class DevClockServices : IFunctionSource
{
    /// <summary>The setting that switches the adjustable clock on.</summary>
    public const string Setting = "Development__AdjustableClock";

    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public static bool IsEnabled(IConfiguration configuration) =>
        bool.TryParse(configuration?[Setting.Replace("__", ":", StringComparison.Ordinal)], out var on) && on;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return;
        }

        if (configuration[FunctionApp.CustomHandlerPortVariable] is { Length: > 0 })
        {
            throw new InvalidConfigurationException($"{Setting} is for local demos only and cannot be used in custom-handler mode (Azure).");
        }

        var clock = new AdjustableTimeProvider(TimeProvider.System);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<AdjustableTimeProvider>() is null)
        {
            return;
        }

        endpoints.MapGet("/api/dev/clock", (AdjustableTimeProvider clock) => Results.Ok(new DevClockState(clock.GetUtcNow(), clock.Offset)));
        endpoints.MapPost("/api/dev/clock", (AdjustableTimeProvider clock, DevClockAdvance request) =>
        {
            TimeSpan by;
            try
            {
                by = XmlConvert.ToTimeSpan(request?.Advance ?? "");
            }
            catch (FormatException)
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["advance"] = ["Bitte eine ISO-8601-Dauer angeben, z. B. P8D oder PT6H. / Give an ISO 8601 duration, e.g. P8D or PT6H."] },
                    title: "Ungültige Dauer");
            }

            if (by <= TimeSpan.Zero || by > TimeSpan.FromDays(3660))
            {
                return Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["advance"] = ["Die Uhr läuft nur vorwärts, höchstens zehn Jahre auf einmal. / The clock only moves forward, at most ten years at once."] },
                    title: "Ungültige Dauer");
            }

            clock.Advance(by);
            return Results.Ok(new DevClockState(clock.GetUtcNow(), clock.Offset));
        });
    }
}
