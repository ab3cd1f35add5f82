using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Core;

/// <summary>
/// Shared Key authorization in the Table service's format: verb, Content-MD5, Content-Type, date and the
/// canonicalized resource (path, plus <c>?comp=</c> only).
/// </summary>
internal sealed class TableSharedKeyPolicy(StorageSharedKey key, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.TryGetValue("Content-MD5", out var md5);
        request.Headers.TryGetValue("Content-Type", out var contentType);
        var uri = request.Uri.ToUri();
        var resource = "/" + key.AccountName + uri.AbsolutePath;
        if (CanonicalQuery.Parse(uri.Query).TryGetValue("comp", out var comp))
        {
            resource += "?comp=" + comp[0];
        }

        var stringToSign = string.Join('\n', request.Method.Method, md5, contentType, date, resource);
        request.Headers.SetValue("Authorization", "SharedKey " + key.AccountName + ":" + key.Sign(stringToSign));
    }
}
