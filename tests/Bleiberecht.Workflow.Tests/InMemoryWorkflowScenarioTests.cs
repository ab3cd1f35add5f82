using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Backend.InMemory;

namespace Bleiberecht.Workflow.Tests;

/// <summary>The scenarios on the in-memory backend (fast; the same engine code as on Azure Storage).</summary>
public sealed class InMemoryWorkflowScenarioTests : WorkflowScenarioTests
{
    private protected override Task<WorkflowBackend> CreateBackendAsync(TimeProvider time) => Task.FromResult(InMemoryWorkflowBackend.Create(time));
}
