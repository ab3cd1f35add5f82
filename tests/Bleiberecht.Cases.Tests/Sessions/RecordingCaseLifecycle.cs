using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>Stands in for the case orchestration ("CaseLifecycle", task A): records every CaseEvent it receives.</summary>
internal sealed class RecordingCaseLifecycle : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        while (true)
        {
            var caseEvent = await context.WaitForExternalEvent<CaseEvent>(CaseWorkflow.CaseEventName);
            await context.CallActivityAsync<bool>(RecordCaseEventActivity.Name, new RecordedCaseEvent(context.InstanceId, caseEvent));
        }
    }
}
