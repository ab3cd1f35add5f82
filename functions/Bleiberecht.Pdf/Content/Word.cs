namespace Bleiberecht.Pdf.Content;

/// <summary>A word: letters on one baseline without a space or a visible gap between them.</summary>
/// <param name="Text">The word's text (Latin ligatures expanded).</param>
/// <param name="Left">Start of the first letter.</param>
/// <param name="Baseline">Baseline of the first letter.</param>
/// <param name="Right">End of the last letter's advance.</param>
/// <param name="FontSize">Largest effective font size among the letters.</param>
/// <param name="Letters">The letters, in content order.</param>
public sealed record Word(string Text, double Left, double Baseline, double Right, double FontSize, IReadOnlyList<Letter> Letters);
