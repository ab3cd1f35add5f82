namespace Bleiberecht.Pdf.Writer;

/// <summary>One glyph chosen for one character: the font that has it, its id, the text it stands for.</summary>
internal readonly record struct ShapedGlyph(EmbeddedFont Font, ushort GlyphId, string Text, bool RightToLeft);
