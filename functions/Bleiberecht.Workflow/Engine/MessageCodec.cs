using System.Text.Json;

namespace Bleiberecht.Workflow.Engine;

/// <summary>Encodes queue messages as JSON; an encoded message above the queue limit goes to a blob.</summary>
internal sealed class MessageCodec(PayloadStore payloads)
{
    /// <summary>Queue messages are base64 on the wire (64 KB): 45 KB of text leaves room for the encoding.</summary>
    public const int MaxInlineBytes = 45 * 1024;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public async Task<string> EncodeAsync(WorkflowMessage message, CancellationToken cancellationToken)
    {
        var text = JsonSerializer.Serialize(message, Json);
        if (System.Text.Encoding.UTF8.GetByteCount(text) <= MaxInlineBytes)
        {
            return text;
        }

        var name = PayloadStore.BlobPrefixOf(message.InstanceId) + "msg-" + message.Id;
        await payloads.Blobs.UploadAsync(name, BinaryData.FromString(text), cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(message with { Event = null, BlobName = name }, Json);
    }

    public async Task<WorkflowMessage> DecodeAsync(string text, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize<WorkflowMessage>(text, Json) ?? throw new JsonException("Empty message.");
        if (message.BlobName is { } name)
        {
            var content = await payloads.Blobs.DownloadAsync(name, cancellationToken).ConfigureAwait(false);
            message = JsonSerializer.Deserialize<WorkflowMessage>(content.ToString(), Json) ?? throw new JsonException("Empty message.");
        }

        if ((message.Event is null && message.Batch is not { Count: > 0 }) || string.IsNullOrEmpty(message.InstanceId))
        {
            throw new JsonException("The message has no event or no instance id.");
        }

        return message;
    }
}
