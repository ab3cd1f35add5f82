using Azure;
using Azure.Core;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Blobs;

/// <summary>Blob metadata and properties to and from HTTP headers.</summary>
internal static class BlobHeaders
{
    private const string MetaPrefix = "x-ms-meta-";

    public static void AddMetadata(Request request, IDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (name, value) in metadata)
        {
            if (string.IsNullOrEmpty(name) || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Metadata name '{name}' is not a C# identifier (ASCII letters, digits, underscore).", nameof(metadata));
            }

            if (value is null || value.Any(c => c is < ' ' or > '~'))
            {
                throw new ArgumentException($"The value of metadata '{name}' must be printable ASCII (metadata travels as HTTP headers); encode other text first.", nameof(metadata));
            }

            request.Headers.SetValue(MetaPrefix + name, value);
        }
    }

    public static IDictionary<string, string> Metadata(Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetaPrefix.Length..]] = header.Value;
            }
        }

        return metadata;
    }

    public static BlobProperties Properties(Response response) => new()
    {
        ContentType = Header(response, "Content-Type"),
        ContentLength = response.Headers.ContentLength ?? 0,
        ContentEncoding = Header(response, "Content-Encoding"),
        ContentDisposition = Header(response, "Content-Disposition"),
        ETag = StorageHeaders.GetETag(response),
        LastModified = StorageHeaders.GetDate(response, "Last-Modified") ?? default,
        CreatedOn = StorageHeaders.GetDate(response, "x-ms-creation-time") ?? default,
        Metadata = Metadata(response),
    };

    public static BlobDownloadDetails Details(Response response) => new()
    {
        ContentType = Header(response, "Content-Type"),
        ContentLength = response.Headers.ContentLength ?? 0,
        ETag = StorageHeaders.GetETag(response),
        LastModified = StorageHeaders.GetDate(response, "Last-Modified") ?? default,
        CreatedOn = StorageHeaders.GetDate(response, "x-ms-creation-time") ?? default,
        Metadata = Metadata(response),
    };

    public static BlobContentInfo ContentInfo(Response response) =>
        new(StorageHeaders.GetETag(response), StorageHeaders.GetDate(response, "Last-Modified") ?? default);

    private static string? Header(Response response, string name) => response.Headers.TryGetValue(name, out var value) ? value : null;

    public static void AddHttpHeaders(Request request, BlobHttpHeaders? headers)
    {
        if (headers is null)
        {
            return;
        }

        void Set(string name, string? value)
        {
            if (value is not null)
            {
                request.Headers.SetValue(name, value);
            }
        }

        Set("x-ms-blob-content-type", headers.ContentType);
        Set("x-ms-blob-content-encoding", headers.ContentEncoding);
        Set("x-ms-blob-content-language", headers.ContentLanguage);
        Set("x-ms-blob-content-disposition", headers.ContentDisposition);
        Set("x-ms-blob-cache-control", headers.CacheControl);
    }

    public static void AddConditions(Request request, BlobRequestConditions? conditions) =>
        StorageHeaders.AddConditions(request, conditions?.IfMatch, conditions?.IfNoneMatch);
}
