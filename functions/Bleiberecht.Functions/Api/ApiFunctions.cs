using System.Text.Json.Serialization;
using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// The HTTP API under <c>/api</c>: the endpoints of <see cref="ApiAccess"/>, problem+json errors, JSON in camelCase with
/// enum names, and the OpenAPI document at <c>/api/openapi/v1.json</c>. Domain services come from the features that
/// implement them (ICaseIntake, ICaseService, ISessionService, IStatistics, IDocumentStore, WorkflowClient).
/// </summary>
internal sealed class ApiFunctions : IFunctionSource
{
    public const string OpenApiDocumentName = "v1";

    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AccessPolicy>();
        services.TryAddSingleton<IOrchestrationMonitor, WorkflowOrchestrationMonitor>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddSingleton<IStartupFilter, ProblemStatusStartupFilter>();
        services.AddOpenApi(OpenApiDocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Bleiberecht Functions API";
                document.Info.Description = "Fälle, Sitzungen, Dokumente und Statistik der Gremien; Fehler als application/problem+json.";
                return Task.CompletedTask;
            });
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AccountEndpoints.Map(endpoints);
        endpoints.MapOpenApi(ApiAccess.OpenApi.Pattern).WithName(ApiAccess.OpenApi.Name).WithMetadata(ApiAccess.OpenApi).AllowAnonymous();
        FormEndpoints.Map(endpoints);
        CaseEndpoints.Map(endpoints);
        SessionEndpoints.Map(endpoints);
        DocumentEndpoints.Map(endpoints);
        StatisticsEndpoints.Map(endpoints);
        OperationsEndpoints.Map(endpoints);
    }
}
