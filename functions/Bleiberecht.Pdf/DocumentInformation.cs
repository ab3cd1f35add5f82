namespace Bleiberecht.Pdf;

/// <summary>The document information dictionary (<c>/Info</c>) as stored; null where absent.</summary>
public sealed record DocumentInformation(
    string? Title,
    string? Author,
    string? Subject,
    string? Keywords,
    string? Creator,
    string? Producer,
    string? CreationDate,
    string? ModifiedDate)
{
    /// <summary>PDF version from the header or the catalog (e.g. <c>1.7</c>).</summary>
    public string Version { get; init; } = "";

    /// <summary>Whether the file was encrypted (and opened with the empty user password).</summary>
    public bool IsEncrypted { get; init; }

    /// <summary>Number of revisions (the original plus each incremental update) the cross-reference chain shows.</summary>
    public int Revisions { get; init; } = 1;

    /// <summary>Whether the cross-reference data was broken and the objects were found by scanning the file.</summary>
    public bool WasRepaired { get; init; }
}
