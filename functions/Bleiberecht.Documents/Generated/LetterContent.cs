using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Documents.Generated;

/// <summary>A business letter, ready to lay out: the parts DIN 5008 places.</summary>
internal sealed record LetterContent(
    PostalAddress Recipient,
    IReadOnlyList<(string Label, string Value)> InfoBlock,
    string Subject,
    string Salutation,
    IReadOnlyList<string> Paragraphs,
    string Closing,
    string SignedBy,
    string? Marking = null,
    Action<DocumentLayout>? Appendix = null);
