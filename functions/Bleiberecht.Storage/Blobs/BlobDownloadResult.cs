namespace Bleiberecht.Storage.Blobs;

/// <summary>A blob's content in memory and its details.</summary>
public sealed record BlobDownloadResult(BinaryData Content, BlobDownloadDetails Details);
