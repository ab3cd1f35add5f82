using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Core;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Storage;

/// <summary>
/// One storage account: its three service endpoints and how to authenticate (Shared Key or an Entra ID token
/// credential). Build it from a connection string or from the Functions host's settings, then create the clients.
/// </summary>
public sealed partial class StorageAccount
{
    private StorageAccount(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, StorageSharedKey? sharedKey, TokenCredential? tokenCredential)
    {
        BlobServiceUri = blobServiceUri;
        QueueServiceUri = queueServiceUri;
        TableServiceUri = tableServiceUri;
        SharedKey = sharedKey;
        TokenCredential = tokenCredential;
    }

    /// <summary>The account name when known (Shared Key accounts).</summary>
    public string? AccountName => SharedKey?.AccountName;

    public Uri BlobServiceUri { get; }

    public Uri QueueServiceUri { get; }

    public Uri TableServiceUri { get; }

    /// <summary>True when requests are authorized with Entra ID bearer tokens rather than the account key.</summary>
    public bool UsesTokenCredential => TokenCredential is not null;

    internal StorageSharedKey? SharedKey { get; }

    internal TokenCredential? TokenCredential { get; }

    /// <summary>An account authorized by an Entra ID credential (e.g. a managed identity).</summary>
    public static StorageAccount FromTokenCredential(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(queueServiceUri);
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageAccount(blobServiceUri, queueServiceUri, tableServiceUri, null, credential);
    }

    public BlobServiceClient CreateBlobServiceClient(StorageClientOptions? options = null) =>
        new(BlobServiceUri, CreatePipeline(options ??= new StorageClientOptions(), table: false), options);

    public QueueServiceClient CreateQueueServiceClient(StorageClientOptions? options = null) =>
        new(QueueServiceUri, CreatePipeline(options ??= new StorageClientOptions(), table: false), options);

    public TableServiceClient CreateTableServiceClient(StorageClientOptions? options = null) =>
        new(TableServiceUri, CreatePipeline(options ??= new StorageClientOptions(), table: true), options);

    private HttpPipeline CreatePipeline(StorageClientOptions options, bool table)
    {
        HttpPipelinePolicy authorization = SharedKey is not null
            ? table ? new TableSharedKeyPolicy(SharedKey, options.TimeProvider) : new SharedKeyPolicy(SharedKey, options.TimeProvider)
            : new BearerTokenAuthenticationPolicy(TokenCredential!, "https://storage.azure.com/.default");
        HttpPipelinePolicy[] perRetry = SharedKey is not null
            ? [authorization]
            : [new StorageDatePolicy(options.TimeProvider), authorization];
        return HttpPipelineBuilder.Build(options, [StorageVersionPolicy.Instance], perRetry, new ResponseClassifier());
    }
}
