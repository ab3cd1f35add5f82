using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Functions.Workflow;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Lifecycle;

/// <summary>Registers the case orchestration (<c>CaseLifecycle</c>) and its activities.</summary>
internal sealed class LifecycleWorkflowRegistration : IWorkflowRegistration
{
    public void Register(WorkflowOptions options) => CaseLifecycleWorkflows.Register(options);
}
