namespace Bleiberecht.Storage.Blobs;

/// <summary>One entry of a blob listing.</summary>
public sealed record BlobItem(string Name, BlobItemProperties Properties, IDictionary<string, string> Metadata);
