using Azure;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Tables;

/// <summary>The table service of one account (mirrors Azure.Data.Tables.TableServiceClient).</summary>
public sealed class TableServiceClient
{
    private readonly HttpPipeline pipeline;

    internal TableServiceClient(Uri serviceUri, HttpPipeline pipeline, StorageClientOptions options)
    {
        Uri = serviceUri;
        this.pipeline = pipeline;
        _ = options;
    }

    public Uri Uri { get; }

    /// <summary>A client for one table; nothing is sent until an operation is called.</summary>
    public TableClient GetTableClient(string tableName) => new(Uri, StorageNames.Table(tableName), pipeline);

    /// <summary>Creates the table unless it exists.</summary>
    public Task<Response> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).CreateIfNotExistsAsync(cancellationToken);

    /// <summary>Deletes the table unless it is already gone.</summary>
    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default) =>
        GetTableClient(tableName).DeleteAsync(cancellationToken);
}
