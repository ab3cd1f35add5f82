namespace Bleiberecht.Documents.Generated;

/// <summary>A recipient's address as printed in the address window (at most six lines).</summary>
public sealed record PostalAddress(IReadOnlyList<string> Lines);
