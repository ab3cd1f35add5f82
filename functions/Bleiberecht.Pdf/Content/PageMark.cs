namespace Bleiberecht.Pdf.Content;

/// <summary>Something visible drawn inside an area of a page, such as the tick in a check box of a flattened form.</summary>
/// <param name="Kind">Glyph or path.</param>
/// <param name="Bounds">Where it is (for a glyph: its advance box from descent to ascent, approximated from the font size).</param>
/// <param name="Text">The glyph's Unicode text; null for a path.</param>
/// <param name="FontName">The glyph's font; null for a path.</param>
public sealed record PageMark(PageMarkKind Kind, PageRectangle Bounds, string? Text, string? FontName);
