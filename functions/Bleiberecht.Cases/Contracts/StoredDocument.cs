namespace Bleiberecht.Cases.Contracts;

/// <summary>A stored document's description (no content).</summary>
/// <param name="Id">Opaque id (the blob name), stable; used in download URLs.</param>
/// <param name="Kind">What it is.</param>
/// <param name="CaseNumber">The case it belongs to, if any.</param>
/// <param name="SessionId">The session it belongs to, if any (agenda, invitation, dossier, minutes).</param>
/// <param name="FileName">A safe file name for downloads.</param>
/// <param name="ContentType">Usually <c>application/pdf</c>.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="MemberId">Invitations: the member it is addressed to.</param>
public sealed record StoredDocument(
    string Id,
    StoredDocumentKind Kind,
    string? CaseNumber,
    string? SessionId,
    string FileName,
    string ContentType,
    long Length,
    DateTimeOffset CreatedAt,
    string? MemberId = null);
