using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Tests.Intake;

/// <summary>Stands in for task A's case orchestration: waits for one <see cref="CaseEvent"/> and ends with it.</summary>
internal sealed class StandInCaseLifecycle : TaskOrchestrator<CaseLifecycleInput, CaseEvent>
{
    public override async Task<CaseEvent> RunAsync(TaskOrchestrationContext context, CaseLifecycleInput input) =>
        await context.WaitForExternalEvent<CaseEvent>(CaseWorkflow.CaseEventName);
}
