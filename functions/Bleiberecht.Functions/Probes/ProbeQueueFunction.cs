using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Probes;

/// <summary>
/// Records each probe message it processes. A message starting with <c>fail</c> fails every attempt (it ends in
/// <c>probe-poison</c>); <c>fail-once</c> fails only the first attempt.
/// </summary>
internal sealed class ProbeQueueFunction(ProbeRecorder recorder) : IQueueFunction
{
    public async Task HandleAsync(QueueInvocation invocation, CancellationToken cancellationToken = default)
    {
        if (invocation.MessageText == "fail-once" ? invocation.DequeueCount == 1 : invocation.MessageText.StartsWith("fail", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The probe message asked this attempt to fail.");
        }

        await recorder.RecordAsync(invocation.FunctionName, invocation.MessageId, invocation.MessageText, invocation.DequeueCount, cancellationToken: cancellationToken);
    }
}
