using Bleiberecht.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Points data protection at the shared key ring in blob storage when the app has storage (it always has); hosts
/// without storage (tests) get a key ring in memory rather than one in the user's home folder.
/// </summary>
internal sealed class DataProtectionKeyRing(IServiceProvider services) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.XmlRepository = services.GetService<BlobServiceClient>() is { } blobs
            ? new BlobXmlRepository(blobs.GetBlobContainerClient(FormStorageResources.DataProtectionContainer))
            : new InMemoryXmlRepository();
    }
}
