using Bleiberecht.Cases.Storage;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// Storage of the domain (Bleiberecht.Cases) that no catalog entry implies yet: the <c>cases</c> table of
/// <c>Bleiberecht.Cases.Intake.CaseRegistry</c> and the <c>inbox</c> container the mail gateway writes raw messages to
/// (its blob function comes with the intake). Remove an entry here once a catalog entry or another source declares it.
/// </summary>
internal sealed class DomainStorageResources : IStorageResourceSource
{
    public const string CasesTable = "cases";
    public const string InboxContainer = "inbox";

    public StorageResources Resources { get; } = new([InboxContainer, BlobDocumentStore.DocumentsContainer, BlobDocumentStore.MinutesContainer], [], [CasesTable]);
}
