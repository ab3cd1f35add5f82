namespace Bleiberecht.Storage.Blobs;

/// <summary>Content type and other headers, metadata and conditions for an upload.</summary>
public sealed record BlobUploadOptions
{
    public BlobHttpHeaders? HttpHeaders { get; init; }

    /// <summary>Name/value pairs stored with the blob; names are C# identifiers, values ASCII (they travel as HTTP headers).</summary>
    public IDictionary<string, string>? Metadata { get; init; }

    public BlobRequestConditions? Conditions { get; init; }
}
