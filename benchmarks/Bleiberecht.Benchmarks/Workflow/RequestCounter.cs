using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Benchmarks.Workflow;

/// <summary>Counts storage requests (transactions) as they are sent, retries included.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
