using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Sessions;

/// <summary>The session orchestration and its activities, for the workflow runtime.</summary>
public static class SessionWorkflows
{
    /// <summary>Registers <c>SessionLifecycle</c> and the <c>Sessions.*</c> activities.</summary>
    public static WorkflowOptions Register(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .AddOrchestrator<SessionLifecycle>(CaseWorkflow.SessionOrchestratorName)
            .AddActivity<CloseAgendaActivity>(CloseAgendaActivity.Name)
            .AddActivity<SendInvitationsActivity>(SendInvitationsActivity.Name)
            .AddActivity<ConcludeSessionActivity>(ConcludeSessionActivity.Name)
            .AddActivity<CancelSessionActivity>(CancelSessionActivity.Name);
    }
}
