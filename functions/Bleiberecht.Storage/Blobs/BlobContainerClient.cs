using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Blobs;

/// <summary>One container (mirrors Azure.Storage.Blobs.BlobContainerClient).</summary>
public sealed class BlobContainerClient
{
    private readonly HttpPipeline pipeline;

    internal BlobContainerClient(Uri uri, string name, HttpPipeline pipeline)
    {
        Uri = uri;
        Name = name;
        this.pipeline = pipeline;
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the container (private access); 409 ContainerAlreadyExists is returned, not thrown.</summary>
    public async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, ("restype", "container"));
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201, 409).ConfigureAwait(false);
    }

    /// <summary>Deletes the container and its blobs; false when it did not exist.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, ("restype", "container"));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 202, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 202, response);
    }

    public async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head, ("restype", "container"));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200, 404).ConfigureAwait(false);
        return Response.FromValue(response.Status == 200, response);
    }

    /// <summary>A client for one blob; <paramref name="blobName"/> may contain '/' for virtual folders.</summary>
    public BlobClient GetBlobClient(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (blobName.Length > 1024)
        {
            throw new ArgumentException("A blob name has at most 1,024 characters.", nameof(blobName));
        }

        return new BlobClient(this, blobName, pipeline);
    }

    /// <summary>Lists blobs (with metadata) whose names start with <paramref name="prefix"/>, in name order, page by page.</summary>
    public AsyncPageable<BlobItem> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new StoragePageable<BlobItem>((marker, pageSize, ct) => ListPageAsync(prefix, marker, pageSize, ct), cancellationToken);

    private async Task<Page<BlobItem>> ListPageAsync(string? prefix, string? marker, int? pageSize, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get,
            ("restype", "container"),
            ("comp", "list"),
            ("prefix", string.IsNullOrEmpty(prefix) ? null : prefix),
            ("marker", marker),
            ("maxresults", pageSize?.ToString(CultureInfo.InvariantCulture)),
            ("include", "metadata"));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        using var reader = XmlReader.Create(response.ContentStream!, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var root = XDocument.Load(reader).Root!;
        var items = root.Element("Blobs")?.Elements("Blob").Select(ParseItem).ToList() ?? [];
        var next = root.Element("NextMarker")?.Value;
        return Page<BlobItem>.FromValues(items, string.IsNullOrEmpty(next) ? null : next, response);
    }

    private static BlobItem ParseItem(XElement blob)
    {
        var properties = blob.Element("Properties");
        string? Value(string name) => properties?.Element(name)?.Value is { Length: > 0 } v ? v : null;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in blob.Element("Metadata")?.Elements() ?? [])
        {
            metadata[item.Name.LocalName] = item.Value;
        }

        return new BlobItem(
            blob.Element("Name")?.Value ?? string.Empty,
            new BlobItemProperties
            {
                ContentLength = Value("Content-Length") is { } length ? long.Parse(length, CultureInfo.InvariantCulture) : null,
                ContentType = Value("Content-Type"),
                ETag = Value("Etag") is { } etag ? new ETag(etag) : null,
                LastModified = Value("Last-Modified") is { } modified ? StorageHeaders.ParseDate(modified) : null,
                CreatedOn = Value("Creation-Time") is { } created ? StorageHeaders.ParseDate(created) : null,
            },
            metadata);
    }

    private HttpMessage CreateMessage(RequestMethod method, params ReadOnlySpan<(string Name, string? Value)> query) =>
        StorageRequests.CreateMessage(pipeline, method, Uri, query);
}
