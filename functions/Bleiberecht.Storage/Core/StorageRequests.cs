using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Core;

/// <summary>Sends a message through the pipeline and turns unreachable endpoints and error statuses into <see cref="RequestFailedException"/>.</summary>
internal static class StorageRequests
{
    /// <summary>Sends <paramref name="message"/>; throws unless the status is one of <paramref name="expected"/>.</summary>
    public static async ValueTask<Response> SendAsync(HttpPipeline pipeline, HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        await SendRawAsync(pipeline, message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (Array.IndexOf(expected, response.Status) < 0)
        {
            throw CreateException(response);
        }

        return response;
    }

    /// <summary>A request to <paramref name="uri"/> with the query parameters that have a value.</summary>
    public static HttpMessage CreateMessage(HttpPipeline pipeline, RequestMethod method, Uri uri, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        foreach (var (name, value) in query)
        {
            if (value is not null)
            {
                message.Request.Uri.AppendQuery(name, value, true);
            }
        }

        return message;
    }

    public static RequestFailedException CreateException(Response response) =>
        new(response, null, StorageErrorParser.Instance);

    /// <summary>Sends <paramref name="message"/>; only transport failures (after the bounded retries) throw.</summary>
    public static async ValueTask SendRawAsync(HttpPipeline pipeline, HttpMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is RequestFailedException))
        {
            throw Unreachable(message, e.InnerExceptions.Count, e.InnerExceptions[^1].Message, e);
        }
        catch (RequestFailedException e) when (e.Status == 0)
        {
            throw Unreachable(message, 1, e.Message, e);
        }
    }

    private static RequestFailedException Unreachable(HttpMessage message, int attempts, string reason, Exception inner)
    {
        var uri = message.Request.Uri.ToUri();
        return new RequestFailedException(
            0,
            $"Azure Storage at {uri.Scheme}://{uri.Authority} is unreachable after {attempts} attempt(s): {reason}",
            "ServiceUnreachable",
            inner);
    }
}
