namespace Bleiberecht.Storage.Blobs;

/// <summary>A blob's content as a network stream (dispose it) and its details.</summary>
public sealed class BlobDownloadStreamingResult(Stream content, BlobDownloadDetails details) : IDisposable
{
    public Stream Content { get; } = content;

    public BlobDownloadDetails Details { get; } = details;

    public void Dispose() => Content.Dispose();
}
