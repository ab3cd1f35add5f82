namespace Bleiberecht.Documents.Generated;

/// <summary>Input of a case dossier for the members: pseudonymised reference and the sections of the application.</summary>
public sealed record DossierData(string CaseReference, SessionInfo? Session, IReadOnlyList<DossierSection> Sections, DateOnly Date);
