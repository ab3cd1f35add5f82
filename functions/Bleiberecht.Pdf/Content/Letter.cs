namespace Bleiberecht.Pdf.Content;

/// <summary>One glyph as drawn: its Unicode text and where it sits on the page (PDF user space, origin bottom left).</summary>
/// <param name="Value">The Unicode text of the glyph (may be more than one character for ligatures; empty when unknown).</param>
/// <param name="X">Start of the glyph on its baseline.</param>
/// <param name="Y">The baseline.</param>
/// <param name="Width">Advance width in user space.</param>
/// <param name="FontSize">Effective font size in user space.</param>
/// <param name="FontName">The font's <c>/BaseFont</c> (subset prefix kept).</param>
public sealed record Letter(string Value, double X, double Y, double Width, double FontSize, string FontName)
{
    /// <summary>End of the glyph's advance on its baseline.</summary>
    public double EndX => X + Width;
}
