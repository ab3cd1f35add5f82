using Bleiberecht.Functions.Deployment;

namespace Bleiberecht.Functions.Forms;

/// <summary>The form's storage: the data-protection key ring shared by all instances (<see cref="BlobXmlRepository"/>).</summary>
internal sealed class FormStorageResources : IStorageResourceSource
{
    /// <summary>The container of the key ring.</summary>
    public const string DataProtectionContainer = "dataprotection";

    public StorageResources Resources { get; } = new([DataProtectionContainer], [], []);
}
