namespace Bleiberecht.Storage.Core;

/// <summary>
/// The <c>x-ms-version</c> every request sends. 2025-11-05 is the newest service version Azurite 3.35.0
/// accepts (its <c>ValidAPIVersions</c> lists for blob, queue and table) and a GA version in Azure Storage.
/// See docs/storage.md.
/// </summary>
internal static class StorageApiVersion
{
    public const string Current = "2025-11-05";
}
