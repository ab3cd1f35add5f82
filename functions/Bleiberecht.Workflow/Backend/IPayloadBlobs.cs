namespace Bleiberecht.Workflow.Backend;

/// <summary>The blob container for payloads too large for a table property or a queue message.</summary>
internal interface IPayloadBlobs
{
    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    Task UploadAsync(string name, BinaryData content, CancellationToken cancellationToken = default);

    Task<BinaryData> DownloadAsync(string name, CancellationToken cancellationToken = default);

    Task DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default);
}
