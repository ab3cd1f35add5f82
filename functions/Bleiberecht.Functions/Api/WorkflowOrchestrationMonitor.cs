using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Api;

/// <summary><see cref="IOrchestrationMonitor"/> on the registered <see cref="WorkflowClient"/>; never asks for inputs or outputs.</summary>
internal sealed class WorkflowOrchestrationMonitor(WorkflowClient client) : IOrchestrationMonitor
{
    public Task<OrchestrationQueryPage> QueryAsync(OrchestrationQuery query, CancellationToken cancellationToken = default) =>
        client.GetInstancesPageAsync(query with { FetchInputsAndOutputs = false }, cancellationToken);

    public Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken = default) =>
        client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
}
