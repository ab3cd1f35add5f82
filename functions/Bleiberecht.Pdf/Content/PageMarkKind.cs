namespace Bleiberecht.Pdf.Content;

/// <summary>What a <see cref="PageMark"/> is drawn with.</summary>
public enum PageMarkKind
{
    /// <summary>A glyph of a font: a Zapf Dingbats check or cross, or a letter such as ✓, ✗ or X.</summary>
    Glyph,

    /// <summary>Vector graphics: stroked or filled lines and curves.</summary>
    Path,
}
