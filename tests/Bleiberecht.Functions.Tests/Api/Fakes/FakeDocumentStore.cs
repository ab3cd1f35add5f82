using System.Collections.Concurrent;
using System.Text;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>In-memory <see cref="IDocumentStore"/> with the id scheme of the blob store (<c>{container}/{blob}</c>).</summary>
internal sealed class FakeDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<string, (StoredDocument Document, byte[] Content)> documents = new(StringComparer.Ordinal);

    public static byte[] ContentOf(string id) => Encoding.ASCII.GetBytes("%PDF-1.7 " + id);

    public void Add(string id, StoredDocumentKind kind, string? caseNumber, string? sessionId, string? memberId = null)
    {
        var content = ContentOf(id);
        documents[id] = (new StoredDocument(id, kind, caseNumber, sessionId, id[(id.LastIndexOf('/') + 1)..], "application/pdf", content.Length, ApiWorld.Now, memberId), content);
    }

    public Task<StoredDocument> SaveAsync(StoredDocumentKind kind, string? caseNumber, string? sessionId, string name, ReadOnlyMemory<byte> content, string contentType = "application/pdf", string? memberId = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The API only reads documents.");

    public Task<IReadOnlyList<StoredDocument>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>(documents.Values.Select(d => d.Document).Where(d => d.CaseNumber == caseNumber && d.Kind != StoredDocumentKind.Minutes).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray());

    public Task<IReadOnlyList<StoredDocument>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredDocument>>(documents.Values.Select(d => d.Document).Where(d => d.SessionId == sessionId).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray());

    public Task<(StoredDocument Document, BinaryData Content)?> OpenAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<(StoredDocument, BinaryData)?>(documents.TryGetValue(id, out var d) ? (d.Document, BinaryData.FromBytes(d.Content)) : null);

    public Task<int> DeleteCaseDocumentsAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
