using Azure;

namespace Bleiberecht.Storage.Blobs;

/// <summary>Properties of a listed blob.</summary>
public sealed record BlobItemProperties
{
    public long? ContentLength { get; init; }

    public string? ContentType { get; init; }

    public ETag? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }
}
