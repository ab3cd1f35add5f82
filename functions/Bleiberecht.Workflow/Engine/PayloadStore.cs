using System.Text;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Engine;

/// <summary>Moves payloads above the threshold to blobs and back, transparently.</summary>
internal sealed class PayloadStore(IPayloadBlobs blobs, int thresholdBytes)
{
    public const string Prefix = "blob:";

    public IPayloadBlobs Blobs { get; } = blobs;

    public static string BlobPrefixOf(string instanceId) => Uri.EscapeDataString(instanceId) + "/";

    public async Task<string?> OffloadAsync(string? payload, string instanceId, CancellationToken cancellationToken)
    {
        // A UTF-16 char is at most 3 UTF-8 bytes: short strings skip the byte count.
        if (payload is null || payload.Length * 3 <= thresholdBytes || Encoding.UTF8.GetByteCount(payload) <= thresholdBytes)
        {
            return payload;
        }

        var name = BlobPrefixOf(instanceId) + Guid.NewGuid().ToString("N");
        await Blobs.UploadAsync(name, BinaryData.FromString(payload), cancellationToken).ConfigureAwait(false);
        return Prefix + name;
    }

    public async Task<string?> ResolveAsync(string? payload, CancellationToken cancellationToken)
    {
        if (payload is null || !payload.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return payload;
        }

        var content = await Blobs.DownloadAsync(payload[Prefix.Length..], cancellationToken).ConfigureAwait(false);
        return content.ToString();
    }

    public async Task<HistoryEvent> OffloadAsync(HistoryEvent e, string instanceId, CancellationToken cancellationToken) =>
        e is IHasPayload p && p.Payload is { } payload && await OffloadAsync(payload, instanceId, cancellationToken).ConfigureAwait(false) is var stored && !ReferenceEquals(stored, payload)
            ? p.WithPayload(stored)
            : e;

    public async Task<HistoryEvent> ResolveAsync(HistoryEvent e, CancellationToken cancellationToken) =>
        e is IHasPayload p && p.Payload is { } payload && payload.StartsWith(Prefix, StringComparison.Ordinal)
            ? p.WithPayload(await ResolveAsync(payload, cancellationToken).ConfigureAwait(false))
            : e;
}
