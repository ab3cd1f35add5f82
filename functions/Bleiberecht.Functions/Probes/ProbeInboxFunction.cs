using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Probes;

/// <summary>Records each new blob in <c>probe-inbox</c> (as <c>container/name</c>).</summary>
internal sealed class ProbeInboxFunction(ProbeRecorder recorder) : IBlobFunction
{
    public Task HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken = default) =>
        recorder.RecordAsync(invocation.FunctionName, invocation.ContainerName + "/" + invocation.BlobName, cancellationToken: cancellationToken);
}
