using Bleiberecht.Functions.Workflow;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Probes;

/// <summary>Registers the probe orchestration and its activity.</summary>
internal sealed class ProbeWorkflowRegistration : IWorkflowRegistration
{
    public void Register(WorkflowOptions options) => options.AddOrchestrator<ProbeWorkflow>().AddActivity<ProbeWorkflowActivity>();
}
