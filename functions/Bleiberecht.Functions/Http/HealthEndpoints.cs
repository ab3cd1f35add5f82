using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Http;

/// <summary><c>GET /api/health</c>: the app is up; says in which mode and with how many functions.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", (RunningMode running, FunctionCatalog catalog) =>
            TypedResults.Ok(new HealthReport("healthy", running.Mode.ToString(), catalog.Functions.Count)));
        return endpoints;
    }
}
