using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// The case orchestration (<see cref="CaseWorkflow.CaseOrchestratorName"/>, instance id = case number): read → complete?
/// (request, reminder, close as incomplete) → admissible? → agenda (waiting, scheduled, on agenda, assessed or deferred)
/// → closed → purge after the retention period. Withdrawal, revoked consent and a reported exclusion end it at any wait.
/// See docs/cases.md.
/// </summary>
internal sealed class CaseLifecycleOrchestrator : TaskOrchestrator<CaseLifecycleInput, CaseOutcome>
{
    /// <inheritdoc />
    public override Task<CaseOutcome> RunAsync(TaskOrchestrationContext context, CaseLifecycleInput input) =>
        new CaseRun(context, input).RunAsync();
}
