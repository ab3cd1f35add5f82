using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Blobs;

/// <summary>The blob service of one account (mirrors Azure.Storage.Blobs.BlobServiceClient).</summary>
public sealed class BlobServiceClient
{
    internal BlobServiceClient(Uri serviceUri, HttpPipeline pipeline, StorageClientOptions options)
    {
        Uri = serviceUri;
        Pipeline = pipeline;
        Options = options;
    }

    public Uri Uri { get; }

    internal HttpPipeline Pipeline { get; }

    internal StorageClientOptions Options { get; }
}
