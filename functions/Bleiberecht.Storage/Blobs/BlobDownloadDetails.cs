using Azure;

namespace Bleiberecht.Storage.Blobs;

/// <summary>Headers of a downloaded blob.</summary>
public sealed record BlobDownloadDetails
{
    public string? ContentType { get; init; }

    public long ContentLength { get; init; }

    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public DateTimeOffset CreatedOn { get; init; }

    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
