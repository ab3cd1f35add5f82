using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Core;

/// <summary>Pins <c>x-ms-version</c> on every request.</summary>
internal sealed class StorageVersionPolicy : HttpPipelineSynchronousPolicy
{
    public static StorageVersionPolicy Instance { get; } = new();

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-version", StorageApiVersion.Current);
}
