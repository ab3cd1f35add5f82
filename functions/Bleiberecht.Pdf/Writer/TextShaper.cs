using System.Text;

namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// Maps text to glyphs through a font's fallback chain and puts right-to-left runs into visual order.
/// Deliberately simple: one glyph per character (no ligatures, no contextual Arabic forms, no kerning).
/// </summary>
internal static class TextShaper
{
    public static List<ShapedGlyph> Shape(AddedFont font, string text)
    {
        var glyphs = new List<ShapedGlyph>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value == '\t' || rune.Value == 0xA0 ? ' ' : rune.Value;
            if (value < 0x20 || value is >= 0x7F and < 0xA0 || value is 0x200E or 0x200F or 0xFEFF)
            {
                continue;
            }

            glyphs.Add(Resolve(font, value, rune.ToString()));
        }

        ReorderRightToLeftRuns(glyphs);
        return glyphs;
    }

    public static bool IsRightToLeft(int codePoint) =>
        codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    private static ShapedGlyph Resolve(AddedFont font, int codePoint, string text)
    {
        for (var candidate = font; candidate is not null; candidate = candidate.Fallback)
        {
            if (candidate.Embedded.Program.TryGetGlyph(codePoint, out var glyph))
            {
                return new ShapedGlyph(candidate.Embedded, glyph, text, IsRightToLeft(codePoint));
            }
        }

        // No font in the chain has the character: show a question mark rather than an empty box,
        // and keep the extracted text honest about it.
        var primary = font.Embedded;
        primary.Program.TryGetGlyph('?', out var question);
        return new ShapedGlyph(primary, question, "?", false);
    }

    private static void ReorderRightToLeftRuns(List<ShapedGlyph> glyphs)
    {
        var index = 0;
        while (index < glyphs.Count)
        {
            if (!glyphs[index].RightToLeft)
            {
                index++;
                continue;
            }

            // A run is right-to-left characters with the spaces and punctuation between them.
            var end = index;
            var scan = index + 1;
            while (scan < glyphs.Count)
            {
                if (glyphs[scan].RightToLeft)
                {
                    end = scan;
                }
                else if (!IsNeutral(glyphs[scan].Text))
                {
                    break;
                }

                scan++;
            }

            glyphs.Reverse(index, end - index + 1);
            index = end + 1;
        }
    }

    private static bool IsNeutral(string text)
    {
        var rune = Rune.GetRuneAt(text, 0);
        return Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune);
    }
}
