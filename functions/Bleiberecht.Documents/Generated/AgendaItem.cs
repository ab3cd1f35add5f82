namespace Bleiberecht.Documents.Generated;

/// <summary>One agenda item: a pseudonymised case reference and a short topic without personal data.</summary>
public sealed record AgendaItem(string CaseReference, string Topic);
