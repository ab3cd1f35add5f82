using Bleiberecht.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary>Operations (operator only): orchestration status without inputs or outputs.</summary>
internal static class OperationsEndpoints
{
    private const string Tag = "Betrieb";
    private const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApi(ApiAccess.ListOrchestrations, ListAsync, Tag).Produces<OrchestrationList>();
        endpoints.MapApi(ApiAccess.GetOrchestration, GetAsync, Tag).Produces<OrchestrationSummary>();
    }

    private static async Task<IResult> ListAsync(string? status, string? page, [FromServices] IOrchestrationMonitor monitor, CancellationToken cancellationToken)
    {
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var text in (status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(text, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(text, out _))
            {
                return ApiProblems.Invalid(
                    "status",
                    $"Unbekannter Status „{text}“; erlaubt: {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}.",
                    $"Unknown status '{text}'; allowed: {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}.");
            }

            statuses.Add(parsed);
        }

        var query = new OrchestrationQuery { Statuses = statuses, PageSize = PageSize, ContinuationToken = string.IsNullOrEmpty(page) ? null : page };
        var result = await monitor.QueryAsync(query, cancellationToken);
        return Results.Ok(new OrchestrationList(result.Instances.Select(OrchestrationSummary.From).ToArray(), result.ContinuationToken));
    }

    private static async Task<IResult> GetAsync(string instanceId, [FromServices] IOrchestrationMonitor monitor, CancellationToken cancellationToken) =>
        await monitor.GetAsync(instanceId, cancellationToken) is { } metadata
            ? Results.Ok(OrchestrationSummary.From(metadata))
            : ApiProblems.NotFound("instanceId", $"Die Orchestrierung {instanceId} gibt es nicht.", $"There is no orchestration {instanceId}.");
}
