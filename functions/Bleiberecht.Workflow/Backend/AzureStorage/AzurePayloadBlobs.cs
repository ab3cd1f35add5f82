using Bleiberecht.Storage.Blobs;

namespace Bleiberecht.Workflow.Backend.AzureStorage;

/// <summary>Large payloads in a blob container.</summary>
internal sealed class AzurePayloadBlobs(BlobContainerClient container) : IPayloadBlobs
{
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await container.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task UploadAsync(string name, BinaryData content, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);

    public async Task<BinaryData> DownloadAsync(string name, CancellationToken cancellationToken = default) =>
        (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;

    public async Task DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        foreach (var name in names)
        {
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
