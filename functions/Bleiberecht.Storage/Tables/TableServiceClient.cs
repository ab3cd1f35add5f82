using Azure.Core.Pipeline;

namespace Bleiberecht.Storage.Tables;

/// <summary>The table service of one account (mirrors Azure.Data.Tables.TableServiceClient).</summary>
public sealed class TableServiceClient
{
    internal TableServiceClient(Uri serviceUri, HttpPipeline pipeline, StorageClientOptions options)
    {
        Uri = serviceUri;
        Pipeline = pipeline;
        Options = options;
    }

    public Uri Uri { get; }

    internal HttpPipeline Pipeline { get; }

    internal StorageClientOptions Options { get; }
}
