using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Registers the case orchestration and its activities with the workflow runtime.</summary>
public static class CaseLifecycleWorkflows
{
    /// <summary>Adds <see cref="CaseWorkflow.CaseOrchestratorName"/> and its activities to <paramref name="options"/>.</summary>
    public static WorkflowOptions Register(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .AddOrchestrator<CaseLifecycleOrchestrator>(CaseWorkflow.CaseOrchestratorName)
            .AddActivity<ReadApplicationActivity>(ReadApplicationActivity.Name)
            .AddActivity<RecordCaseStateActivity>(RecordCaseStateActivity.Name)
            .AddActivity<SendCaseLetterActivity>(SendCaseLetterActivity.Name)
            .AddActivity<EnqueueCaseActivity>(EnqueueCaseActivity.Name)
            .AddActivity<RemoveFromAgendaActivity>(RemoveFromAgendaActivity.Name)
            .AddActivity<PurgeCaseActivity>(PurgeCaseActivity.Name);
    }
}
