using Bleiberecht.Cases.Sessions;
using Bleiberecht.Functions.Workflow;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Sessions;

/// <summary>Registers the session orchestration (<c>SessionLifecycle</c>) and its activities.</summary>
internal sealed class SessionWorkflowRegistration : IWorkflowRegistration
{
    public void Register(WorkflowOptions options) => SessionWorkflows.Register(options);
}
