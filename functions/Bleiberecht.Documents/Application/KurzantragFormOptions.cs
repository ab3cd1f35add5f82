namespace Bleiberecht.Documents.Application;

/// <summary>Per-committee settings of a generated Kurzantrag and optional pre-filled values.</summary>
public sealed record KurzantragFormOptions
{
    /// <summary>The committee's name, printed as a recipient in the consent declaration.</summary>
    public required string CommitteeName { get; init; }

    /// <summary>How the foreigners' authority (ABH) is named as a recipient.</summary>
    public string AuthorityName { get; init; } = "die zuständige Ausländerbehörde";

    /// <summary>Clock for the document's creation date.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Values to fill in (stable field name → value; checkboxes "Yes"/"Off", yes/no questions "ja"/"nein").</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();
}
