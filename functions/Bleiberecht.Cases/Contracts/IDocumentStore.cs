namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// Documents in Blob storage: container <c>documents</c> holds <c>cases/{caseNumber}/…</c> (submissions, letters,
/// dossiers — deleted with the case's purge) and <c>sessions/{sessionId}/…</c> (agenda, invitations); container
/// <c>minutes</c> holds the minutes, apart from everything that belongs to a case.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Stores a document; the same <paramref name="name"/> again overwrites (activities may run twice).</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="caseNumber">Case documents: the case (dossiers: also <paramref name="sessionId"/>).</param>
    /// <param name="sessionId">Session documents: the session.</param>
    /// <param name="name">File name within the case or session folder, e.g. <c>assessment-letter.pdf</c>; sanitised.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The MIME type.</param>
    /// <param name="memberId">Invitations: the member.</param>
    /// <param name="cancellationToken">Cancels.</param>
    Task<StoredDocument> SaveAsync(StoredDocumentKind kind, string? caseNumber, string? sessionId, string name, ReadOnlyMemory<byte> content, string contentType = "application/pdf", string? memberId = null, CancellationToken cancellationToken = default);

    /// <summary>The documents of a case (not the minutes).</summary>
    Task<IReadOnlyList<StoredDocument>> ListForCaseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>The documents of a session: agenda, invitations, dossiers of its cases, minutes.</summary>
    Task<IReadOnlyList<StoredDocument>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>A document's description and content, or null.</summary>
    Task<(StoredDocument Document, BinaryData Content)?> OpenAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every document of a case (purge); returns how many were deleted.</summary>
    Task<int> DeleteCaseDocumentsAsync(string caseNumber, CancellationToken cancellationToken = default);
}
