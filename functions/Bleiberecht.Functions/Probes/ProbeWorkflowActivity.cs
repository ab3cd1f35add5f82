using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Probes;

/// <summary>The probe activity: writes a <see cref="ProbeRecord"/> (id = instance id) and echoes its input.</summary>
internal sealed class ProbeWorkflowActivity(ProbeRecorder recorder) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        await recorder.RecordAsync(nameof(ProbeWorkflowActivity), context.InstanceId, input, cancellationToken: context.CancellationToken).ConfigureAwait(false);
        return "echo " + input;
    }
}
