using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Http;

/// <summary>
/// The one HTTP function: a catch-all that the Functions host forwards unchanged to the app's endpoints under
/// <c>/api/...</c> (<c>enableForwardingHttpRequest</c>); in standalone mode Kestrel serves the same endpoints.
/// </summary>
internal sealed class HttpFunctions : IFunctionSource
{
    /// <summary>The catch-all function's name.</summary>
    public const string Name = "Http";

    public IEnumerable<FunctionDefinition> Functions { get; } = [FunctionDefinition.ForHttp(Name, "{*path}")];

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHealth();
}
