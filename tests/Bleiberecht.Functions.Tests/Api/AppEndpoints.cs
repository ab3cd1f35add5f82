using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The endpoints under <c>/api</c> of the app as <c>FunctionApp.Build</c> composes it (not started).</summary>
internal static class AppEndpoints
{
    public static IReadOnlyList<string> Api()
    {
        var app = FunctionApp.Build(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        try
        {
            return ((IEndpointRouteBuilder)app).DataSources
                .SelectMany(d => d.Endpoints)
                .OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        finally
        {
            ((IDisposable)app).Dispose();
        }
    }
}
