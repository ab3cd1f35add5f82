using System.Globalization;
using System.Text;
using Azure;
using Azure.Core;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Blobs;

public sealed partial class BlobClient
{
    /// <summary>Content at or above this size is uploaded in blocks (Put Block + Put Block List).</summary>
    internal const int BlockUploadThreshold = 20 * 1024 * 1024;

    internal const int BlockSize = 8 * 1024 * 1024;

    private const int MaxParallelBlocks = 4;

    private async Task<Response<BlobContentInfo>> PutBlobAsync(ReadOnlyMemory<byte> content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Put);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        BlobHeaders.AddHttpHeaders(request, options.HttpHeaders);
        BlobHeaders.AddMetadata(request, options.Metadata);
        BlobHeaders.AddConditions(request, options.Conditions);
        request.Content = RequestContent.Create(content);
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.ContentInfo(response), response);
    }

    private async Task<Response<BlobContentInfo>> PutBlocksAsync(ReadOnlyMemory<byte> first, Stream rest, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        // Check metadata before the first block goes out.
        BlobHeaders.AddMetadata(CreateMessage(RequestMethod.Put).Request, options.Metadata);
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var blockIds = new List<string>();
        var inFlight = new List<Task>();
        async Task Send(ReadOnlyMemory<byte> block)
        {
            var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(prefix + "-" + blockIds.Count.ToString("D6", CultureInfo.InvariantCulture)));
            blockIds.Add(id);
            if (inFlight.Count >= MaxParallelBlocks)
            {
                var done = await Task.WhenAny(inFlight).ConfigureAwait(false);
                inFlight.Remove(done);
                await done.ConfigureAwait(false);
            }

            inFlight.Add(PutBlockAsync(id, block, cancellationToken));
        }

        for (var offset = 0; offset < first.Length; offset += BlockSize)
        {
            await Send(first.Slice(offset, Math.Min(BlockSize, first.Length - offset))).ConfigureAwait(false);
        }

        while (true)
        {
            var block = await ReadUpToAsync(rest, BlockSize, cancellationToken).ConfigureAwait(false);
            if (block.Length == 0)
            {
                break;
            }

            await Send(block).ConfigureAwait(false);
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in blockIds)
        {
            xml.Append("<Latest>").Append(id).Append("</Latest>");
        }

        xml.Append("</BlockList>");
        using var message = CreateMessage(RequestMethod.Put, ("comp", "blocklist"));
        var request = message.Request;
        BlobHeaders.AddHttpHeaders(request, options.HttpHeaders);
        BlobHeaders.AddMetadata(request, options.Metadata);
        BlobHeaders.AddConditions(request, options.Conditions);
        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml.ToString()));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.ContentInfo(response), response);
    }

    private async Task PutBlockAsync(string blockId, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Put, ("comp", "block"), ("blockid", blockId));
        message.Request.Content = RequestContent.Create(block);
        await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201).ConfigureAwait(false);
    }

    /// <summary>Reads until <paramref name="limit"/> bytes or the end of the stream.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadUpToAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var available = (int)Math.Min(limit, memory.Length - memory.Position);
            var slice = segment.AsMemory((int)memory.Position, available);
            memory.Position += available;
            return slice;
        }

        var size = stream.CanSeek ? (int)Math.Min(limit, Math.Max(0, stream.Length - stream.Position)) : Math.Min(limit, 81920);
        var buffer = new byte[size];
        var total = 0;
        while (total < limit)
        {
            if (stream.CanSeek && total == size && size < limit && total > 0)
            {
                break;
            }

            if (total == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, Math.Max(buffer.Length * 2L, 81920)));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer.AsMemory(0, total);
    }
}
