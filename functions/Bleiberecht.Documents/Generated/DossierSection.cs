namespace Bleiberecht.Documents.Generated;

/// <summary>One section of a dossier: heading and text (multi-line).</summary>
public sealed record DossierSection(string Heading, string Text);
