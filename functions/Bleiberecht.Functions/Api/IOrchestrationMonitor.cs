using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Api;

/// <summary>What the operations endpoints read of the workflow runtime (the <see cref="WorkflowClient"/>, narrowed for tests).</summary>
internal interface IOrchestrationMonitor
{
    Task<OrchestrationQueryPage> QueryAsync(OrchestrationQuery query, CancellationToken cancellationToken = default);

    Task<OrchestrationMetadata?> GetAsync(string instanceId, CancellationToken cancellationToken = default);
}
