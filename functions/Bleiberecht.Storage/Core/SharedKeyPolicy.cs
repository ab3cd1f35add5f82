using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Core;

/// <summary>
/// Shared Key authorization for the Blob and Queue services: the string to sign is the verb, the standard
/// headers, the canonicalized <c>x-ms-*</c> headers and the canonicalized resource (path plus every query
/// parameter). Runs per retry so each attempt carries a fresh <c>x-ms-date</c>.
/// </summary>
internal sealed class SharedKeyPolicy(StorageSharedKey key, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] StandardHeaders =
        ["Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
         "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range"];

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        var signature = key.Sign(BuildStringToSign(request, key.AccountName));
        request.Headers.SetValue("Authorization", "SharedKey " + key.AccountName + ":" + signature);
    }

    internal static string BuildStringToSign(Request request, string accountName)
    {
        var builder = new StringBuilder(256);
        builder.Append(request.Method.Method).Append('\n');
        foreach (var header in StandardHeaders)
        {
            if (header == "Content-Length")
            {
                long length = 0;
                if (request.Content is not null && request.Content.TryComputeLength(out var computed))
                {
                    length = computed;
                }

                if (length > 0)
                {
                    builder.Append(length.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (request.Headers.TryGetValue(header, out var value))
            {
                builder.Append(value);
            }

            builder.Append('\n');
        }

        var msHeaders = new List<KeyValuePair<string, string>>();
        foreach (var header in request.Headers)
        {
            if (header.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
#pragma warning disable CA1308 // The Shared Key scheme prescribes lower-case header names.
                msHeaders.Add(new(header.Name.ToLowerInvariant(), header.Value.Trim()));
#pragma warning restore CA1308
            }
        }

        msHeaders.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (name, value) in msHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        var uri = request.Uri.ToUri();
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        foreach (var (name, values) in CanonicalQuery.Parse(uri.Query))
        {
            builder.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }

        return builder.ToString();
    }
}
