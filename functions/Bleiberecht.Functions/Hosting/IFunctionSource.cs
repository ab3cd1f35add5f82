namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// A feature's contribution to the app: its entries in the <see cref="FunctionCatalog"/> and, optionally, the services
/// its handlers need and its HTTP endpoints. Implementations are discovered by reflection (like the command-line
/// commands), so a feature plugs in by adding one class, without touching <c>Program.cs</c>.
/// </summary>
internal interface IFunctionSource
{
    /// <summary>The functions this feature defines (handlers are registered as scoped services automatically).</summary>
    IEnumerable<FunctionDefinition> Functions { get; }

    /// <summary>Registers what the feature's handlers and endpoints need (in both modes).</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps the feature's HTTP endpoints; they live under <c>/api/...</c> (the catch-all HTTP function forwards there in Azure).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
