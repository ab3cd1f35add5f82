namespace Bleiberecht.Documents.Generated;

/// <summary>The texts of one document type; each text may contain <c>{placeholders}</c>.</summary>
public sealed record DocumentTemplate
{
    /// <summary>Heading of a non-letter document.</summary>
    public string? Title { get; init; }

    /// <summary>Subject line of a letter.</summary>
    public string? Subject { get; init; }

    /// <summary>Salutation of a letter (placeholders allowed).</summary>
    public string? Salutation { get; init; }

    /// <summary>Fixed paragraphs, in order; a paragraph that resolves to empty text is left out.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Complimentary close of a letter.</summary>
    public string? Closing { get; init; }
}
