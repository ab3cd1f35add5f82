namespace Bleiberecht.Documents.Generated;

/// <summary>Input of an invitation to one member: the member's address and the session with its agenda.</summary>
public sealed record MemberInvitation(PostalAddress Member, string Salutation, SessionInfo Session, IReadOnlyList<AgendaItem> Items, DateOnly Date, string SignedBy);
