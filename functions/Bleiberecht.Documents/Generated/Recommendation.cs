namespace Bleiberecht.Documents.Generated;

/// <summary>The committee's assessment category (its German wording comes from the template set).</summary>
public enum Recommendation
{
    /// <summary>The committee addresses a hardship request to the supreme state authority.</summary>
    HardshipRequest,

    /// <summary>The committee sees no particular hardship.</summary>
    NoHardshipRequest,

    /// <summary>The case is deferred (more information needed).</summary>
    Deferred,
}
