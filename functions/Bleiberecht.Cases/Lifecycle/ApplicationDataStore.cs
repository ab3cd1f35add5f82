using System.Text.Json;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Reads and writes a case's <see cref="StoredApplication"/> (blob <c>cases/{n}/antrag-daten.json</c>).</summary>
internal sealed class ApplicationDataStore(IDocumentStore documents)
{
    public const string FileName = "antrag-daten.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<StoredDocument> SaveAsync(string caseNumber, StoredApplication application, CancellationToken cancellationToken = default) =>
        documents.SaveAsync(StoredDocumentKind.ApplicationData, caseNumber, null, FileName, JsonSerializer.SerializeToUtf8Bytes(application, Json), "application/json", cancellationToken: cancellationToken);

    public async Task<StoredApplication?> LoadAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var stored = (await documents.ListForCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false))
            .LastOrDefault(d => d.Kind == StoredDocumentKind.ApplicationData);
        if (stored is null || await documents.OpenAsync(stored.Id, cancellationToken).ConfigureAwait(false) is not { } opened)
        {
            return null;
        }

        return opened.Content.ToObjectFromJson<StoredApplication>(Json);
    }
}
