namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// A TrueType font added to a <see cref="PdfDocumentBuilder"/>, embedded as a subset of the glyphs drawn.
/// Characters the font lacks are taken from its <see cref="Fallback"/> chain.
/// </summary>
public sealed class AddedFont
{
    internal AddedFont(EmbeddedFont embedded, AddedFont? fallback)
    {
        Embedded = embedded;
        Fallback = fallback;
    }

    /// <summary>The font's PostScript name, e.g. <c>LiberationSans</c>.</summary>
    public string Name => Embedded.Program.PostScriptName;

    /// <summary>The font that supplies characters this one has no glyph for.</summary>
    public AddedFont? Fallback { get; }

    internal EmbeddedFont Embedded { get; }

    private Dictionary<int, (EmbeddedFont Font, ushort Glyph, bool Found)> Resolved { get; } = [];

    /// <summary>The advance width of <paramref name="text"/> set in this font at <paramref name="fontSize"/> points.</summary>
    public double MeasureText(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        double units = 0;
        if (ArabicShaping.Applies(text))
        {
            ShapedGlyph? previous = null;
            foreach (var glyph in TextShaper.Shape(this, text))
            {
                var kerning = previous is { } left ? TextShaper.Kerning(left, glyph) : 0;
                units += (glyph.Font.Program.GetAdvanceWidth(glyph.GlyphId) + kerning) / (double)glyph.Font.Program.UnitsPerEm;
                previous = glyph;
            }

            return units * fontSize;
        }

        EmbeddedFont? previousFont = null;
        ushort previousGlyph = 0;
        var previousRightToLeft = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var value = TextShaper.Normalize(rune.Value);
            if (value < 0)
            {
                continue;
            }

            var (font, glyph, found) = Resolve(value);
            var rightToLeft = found && TextShaper.IsRightToLeft(value);
            var kerning = ReferenceEquals(font, previousFont) && !rightToLeft && !previousRightToLeft ? font.Program.GetKerning(previousGlyph, glyph) : 0;
            units += (font.Program.GetAdvanceWidth(glyph) + kerning) / (double)font.Program.UnitsPerEm;
            (previousFont, previousGlyph, previousRightToLeft) = (font, glyph, rightToLeft);
        }

        return units * fontSize;
    }

    /// <summary>True when this font or its fallback chain has a glyph for every character of <paramref name="text"/>.</summary>
    public bool CanRender(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value < 0x20)
            {
                continue;
            }

            var found = false;
            for (var font = this; font is not null && !found; font = font.Fallback)
            {
                found = font.Embedded.Program.TryGetGlyph(rune.Value, out _);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The font in the fallback chain that has <paramref name="codePoint"/>, and its glyph; cached.</summary>
    internal (EmbeddedFont Font, ushort Glyph, bool Found) Resolve(int codePoint)
    {
        if (Resolved.TryGetValue(codePoint, out var cached))
        {
            return cached;
        }

        (EmbeddedFont, ushort, bool)? result = null;
        for (var candidate = this; candidate is not null && result is null; candidate = candidate.Fallback)
        {
            if (candidate.Embedded.Program.TryGetGlyph(codePoint, out var glyph))
            {
                result = (candidate.Embedded, glyph, true);
            }
        }

        if (result is null)
        {
            Embedded.Program.TryGetGlyph('?', out var question);
            result = (Embedded, question, false);
        }

        Resolved[codePoint] = result.Value;
        return result.Value;
    }

    /// <summary>Height above the baseline of the tallest glyphs, in points.</summary>
    public double GetAscent(double fontSize) => Embedded.Program.Ascender * fontSize / Embedded.Program.UnitsPerEm;

    /// <summary>Depth below the baseline (a positive number), in points.</summary>
    public double GetDescent(double fontSize) => -Embedded.Program.Descender * fontSize / Embedded.Program.UnitsPerEm;

    /// <summary>Baseline-to-baseline distance the font designer recommends, in points.</summary>
    public double GetLineHeight(double fontSize)
    {
        var program = Embedded.Program;
        return (program.Ascender - program.Descender + program.LineGap) * fontSize / program.UnitsPerEm;
    }

    /// <summary>Height of capital letters, in points.</summary>
    public double GetCapHeight(double fontSize) => Embedded.Program.CapHeight * fontSize / Embedded.Program.UnitsPerEm;
}
