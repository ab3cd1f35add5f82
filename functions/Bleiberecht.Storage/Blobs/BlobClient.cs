using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Blobs;

/// <summary>One block blob (mirrors Azure.Storage.Blobs.BlobClient): upload, download, properties, delete.</summary>
public sealed partial class BlobClient
{
    private readonly HttpPipeline pipeline;

    internal BlobClient(BlobContainerClient container, string name, HttpPipeline pipeline)
    {
        Name = name;
        BlobContainerName = container.Name;
        this.pipeline = pipeline;
        Uri = new Uri(container.Uri.AbsoluteUri + "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString)));
    }

    public string Name { get; }

    public string BlobContainerName { get; }

    public Uri Uri { get; }

    /// <summary>Uploads <paramref name="content"/>; without <paramref name="overwrite"/> an existing blob is a 409 (BlobAlreadyExists).</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite = false, CancellationToken cancellationToken = default) =>
        UploadAsync(content, Options(overwrite), cancellationToken);

    /// <summary>Uploads <paramref name="content"/> with content type, metadata and conditions (see the stream overload).</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var memory = content.ToMemory();
        return memory.Length < BlockUploadThreshold
            ? PutBlobAsync(memory, options, cancellationToken)
            : PutBlocksAsync(memory, Stream.Null, options, cancellationToken);
    }

    /// <summary>Uploads <paramref name="content"/>; without <paramref name="overwrite"/> an existing blob is a 409 (BlobAlreadyExists).</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(Stream content, bool overwrite = false, CancellationToken cancellationToken = default) =>
        UploadAsync(content, Options(overwrite), cancellationToken);

    /// <summary>
    /// Uploads with content type, metadata and conditions (<c>IfNoneMatch = ETag.All</c>: create only, 409 if it exists;
    /// <c>IfMatch</c>: overwrite only that version, 412 otherwise). Content of 20 MiB or more goes up in blocks.
    /// </summary>
    public async Task<Response<BlobContentInfo>> UploadAsync(Stream content, BlobUploadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var first = await ReadUpToAsync(content, BlockUploadThreshold, cancellationToken).ConfigureAwait(false);
        if (first.Length < BlockUploadThreshold)
        {
            return await PutBlobAsync(first, options, cancellationToken).ConfigureAwait(false);
        }

        return await PutBlocksAsync(first, content, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads the whole blob into memory.</summary>
    public async Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get);
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        return Response.FromValue(new BlobDownloadResult(response.Content, BlobHeaders.Details(response)), response);
    }

    /// <summary>Opens the blob's content as a stream read from the network (dispose the result).</summary>
    public async Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get);
        message.BufferResponse = false;
        await StorageRequests.SendRawAsync(pipeline, message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status != 200)
        {
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            throw StorageRequests.CreateException(response);
        }

        var stream = message.ExtractResponseContent() ?? Stream.Null;
        return Response.FromValue(new BlobDownloadStreamingResult(stream, BlobHeaders.Details(response)), response);
    }

    public async Task<Response<BlobProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head);
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.Properties(response), response);
    }

    public async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head);
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 200, response);
    }

    /// <summary>Deletes the blob (optionally only a given version); 404 BlobNotFound throws.</summary>
    public async Task<Response> DeleteAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete);
        BlobHeaders.AddConditions(message.Request, conditions);
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 202).ConfigureAwait(false);
    }

    /// <summary>Deletes the blob; false when it did not exist.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete);
        BlobHeaders.AddConditions(message.Request, conditions);
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 202, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 202, response);
    }

    private static BlobUploadOptions Options(bool overwrite) =>
        overwrite ? new BlobUploadOptions() : new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };

    private static async Task BufferAsync(Response response, CancellationToken cancellationToken)
    {
        if (response.ContentStream is { } stream and not MemoryStream)
        {
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
            response.ContentStream = buffer;
        }
    }

    private HttpMessage CreateMessage(RequestMethod method, params ReadOnlySpan<(string Name, string? Value)> query) =>
        StorageRequests.CreateMessage(pipeline, method, Uri, query);
}
