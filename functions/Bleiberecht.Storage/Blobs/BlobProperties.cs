using Azure;

namespace Bleiberecht.Storage.Blobs;

/// <summary>A blob's system properties and metadata.</summary>
public sealed record BlobProperties
{
    public string? ContentType { get; init; }

    public long ContentLength { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ContentDisposition { get; init; }

    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public DateTimeOffset CreatedOn { get; init; }

    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
