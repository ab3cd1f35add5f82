using Azure;

namespace Bleiberecht.Storage.Blobs;

/// <summary>The new version of an uploaded blob.</summary>
public sealed record BlobContentInfo(ETag ETag, DateTimeOffset LastModified);
