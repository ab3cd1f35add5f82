using System.Xml.Linq;
using Azure;
using Bleiberecht.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Keeps the data-protection key ring (which signs the antiforgery tokens) as blobs <c>keys/{name}.xml</c> in
/// <see cref="FormStorageResources.DataProtectionContainer"/>, so every instance of the app — and the app after a
/// restart — accepts the tokens of a form another instance served. (Without it the keys live in one process's memory or
/// home folder, and a form post landing on another Flex Consumption instance would be refused as "expired".)
/// </summary>
/// <remarks>
/// Data protection calls this synchronously and rarely (start-up, key rotation every 90 days), so blocking on the async
/// storage client is acceptable here. The keys are not encrypted beyond the storage account's encryption at rest; access
/// to the container is the storage account's access (managed identity).
/// </remarks>
internal sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    private const string Prefix = "keys/";

    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        var elements = new List<XElement>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(Prefix).ConfigureAwait(false))
            {
                var content = await container.GetBlobClient(item.Name).DownloadContentAsync().ConfigureAwait(false);
                elements.Add(XElement.Parse(content.Value.Content.ToString()));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: no keys yet.
        }

        return elements;
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        var blob = container.GetBlobClient(Prefix + BlobName(friendlyName) + ".xml");
        var content = BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting));
        try
        {
            await blob.UploadAsync(content, overwrite: true).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            await container.CreateIfNotExistsAsync().ConfigureAwait(false);
            await blob.UploadAsync(content, overwrite: true).ConfigureAwait(false);
        }
    }

    private static string BlobName(string friendlyName) =>
        string.Concat(friendlyName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
