using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Probes;

/// <summary>The probe orchestration: calls <see cref="ProbeWorkflowActivity"/> once and returns its answer.</summary>
internal sealed class ProbeWorkflow : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var answer = await context.CallActivityAsync<string>(nameof(ProbeWorkflowActivity), input);
        return "probe workflow: " + answer;
    }
}
