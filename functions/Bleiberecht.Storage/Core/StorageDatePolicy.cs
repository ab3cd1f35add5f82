using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Core;

/// <summary>Adds <c>x-ms-date</c> for token-authorized requests (Shared Key policies set it themselves).</summary>
internal sealed class StorageDatePolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
}
