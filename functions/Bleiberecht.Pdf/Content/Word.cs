namespace Bleiberecht.Pdf.Content;

/// <summary>A word: letters on one baseline without a space or a visible gap between them.</summary>
public sealed record Word(string Text, double Left, double Baseline, double Right, double FontSize, IReadOnlyList<Letter> Letters);
