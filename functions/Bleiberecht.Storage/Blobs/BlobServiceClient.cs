using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Blobs;

/// <summary>The blob service of one account (mirrors Azure.Storage.Blobs.BlobServiceClient).</summary>
public sealed class BlobServiceClient
{
    private readonly HttpPipeline pipeline;

    internal BlobServiceClient(Uri serviceUri, HttpPipeline pipeline, StorageClientOptions options)
    {
        Uri = serviceUri;
        this.pipeline = pipeline;
        _ = options;
    }

    public Uri Uri { get; }

    /// <summary>A client for one container; nothing is sent until an operation is called.</summary>
    public BlobContainerClient GetBlobContainerClient(string containerName) =>
        new(new Uri(Uri.AbsoluteUri.TrimEnd('/') + "/" + StorageNames.Container(containerName)), containerName, pipeline);
}
