using Bleiberecht.Functions.Deployment;

namespace Bleiberecht.Functions.Workflow;

/// <summary>
/// The task hub's storage besides the two queue functions' queues (which the catalog implies with their poison
/// queues): the instance table, the runtime's own poison queue and the payload container (docs/workflow.md, "Storage layout").
/// </summary>
internal sealed class WorkflowStorageResources : IStorageResourceSource
{
    public StorageResources Resources { get; } = new(
        [WorkflowFunctions.DefaultTaskHub + "-payloads"],
        [WorkflowFunctions.DefaultTaskHub + "-poison"],
        [WorkflowFunctions.DefaultTaskHub + "Instances"]);
}
