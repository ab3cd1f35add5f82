namespace Bleiberecht.Storage.Blobs;

/// <summary>Standard HTTP headers stored with a blob and returned on download.</summary>
public sealed record BlobHttpHeaders
{
    public string? ContentType { get; init; }

    public string? ContentEncoding { get; init; }

    public string? ContentLanguage { get; init; }

    public string? ContentDisposition { get; init; }

    public string? CacheControl { get; init; }
}
