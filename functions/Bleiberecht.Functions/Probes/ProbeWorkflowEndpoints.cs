using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Workflow;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Probes;

/// <summary>
/// Operator probe of the workflow runtime: <c>POST /api/probe/workflow?text=...</c> starts a <see cref="ProbeWorkflow"/>
/// and answers 202 with its instance id; <c>GET /api/probe/workflow/{id}</c> answers its status and output (404 if unknown).
/// </summary>
internal sealed class ProbeWorkflowEndpoints : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/probe/workflow", async (WorkflowClient client, TaskHubStorage storage, string? text, CancellationToken cancellationToken) =>
        {
            await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeWorkflow), text ?? "ping", cancellationToken: cancellationToken);
            return Results.Accepted($"/api/probe/workflow/{id}", new { instanceId = id });
        });
        endpoints.MapGet("/api/probe/workflow/{id}", async (WorkflowClient client, TaskHubStorage storage, string id, CancellationToken cancellationToken) =>
        {
            await storage.EnsureCreatedAsync().WaitAsync(cancellationToken);
            return await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken) is { } instance
                ? Results.Ok(new ProbeWorkflowStatus(instance.InstanceId, instance.RuntimeStatus.ToString(), instance.ReadOutputAs<string>()))
                : Results.NotFound();
        });
    }
}
