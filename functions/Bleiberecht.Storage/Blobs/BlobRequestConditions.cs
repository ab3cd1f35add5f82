using Azure;

namespace Bleiberecht.Storage.Blobs;

/// <summary>Optimistic concurrency: <see cref="IfMatch"/> an ETag to overwrite only that version, <see cref="IfNoneMatch"/> = <see cref="ETag.All"/> to create only.</summary>
public sealed record BlobRequestConditions
{
    public ETag? IfMatch { get; init; }

    public ETag? IfNoneMatch { get; init; }
}
