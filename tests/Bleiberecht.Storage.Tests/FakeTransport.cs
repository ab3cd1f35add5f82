using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Storage.Tests;

/// <summary>A transport that records requests and answers with the next canned status (the last one repeats).</summary>
internal sealed class FakeTransport(params int[] statuses) : HttpPipelineTransport
{
    private int calls;

    public List<(string Method, Uri Uri, Dictionary<string, string> Headers)> Requests { get; } = [];

    public override Request CreateRequest() => HttpClientTransport.Shared.CreateRequest();

    public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        lock (Requests)
        {
            Requests.Add((message.Request.Method.Method, message.Request.Uri.ToUri(), message.Request.Headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase)));
        }

        var status = statuses[Math.Min(Interlocked.Increment(ref calls) - 1, statuses.Length - 1)];
        message.Response = new TableSubResponse(status, "Fake", [new("x-ms-error-code", status >= 400 ? "Fake" + status : string.Empty)], BinaryData.FromString(string.Empty));
        return ValueTask.CompletedTask;
    }
}
