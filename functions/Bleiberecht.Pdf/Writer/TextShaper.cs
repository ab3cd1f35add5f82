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
        var characters = new List<(int CodePoint, string Text)>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = Normalize(rune.Value);
            if (value >= 0)
            {
                characters.Add((value, rune.ToString()));
            }
        }

        if (ArabicShaping.Applies(text))
        {
            characters = ArabicShaping.Shape(characters);
        }

        var glyphs = new List<ShapedGlyph>(characters.Count);
        foreach (var (value, logical) in characters)
        {
            var original = logical;
            var (embedded, glyph, found) = font.Resolve(value);
            if (!found && original.Length > 0 && value != char.ConvertToUtf32(original, 0))
            {
                // The font lacks the contextual form: fall back to the base letter.
                (embedded, glyph, found) = font.Resolve(char.ConvertToUtf32(original, 0));
            }

            var rightToLeft = IsRightToLeft(value);
            if (rightToLeft && original.Length > 1)
            {
                // Extractors read a right-to-left run backwards, ligature expansions included (lam-alef):
                // store the expansion in visual order so it reads back in logical order.
                original = string.Concat(original.EnumerateRunes().Reverse().Select(r => r.ToString()));
            }

            glyphs.Add(found
                ? new ShapedGlyph(embedded, glyph, original, rightToLeft)
                : new ShapedGlyph(embedded, glyph, "?", false)); // no font has it: a visible, honest question mark
        }

        ReorderRightToLeftRuns(glyphs);
        return glyphs;
    }

    /// <summary>Pair kerning between two neighbouring glyphs of one font (left-to-right text only), in design units.</summary>
    public static int Kerning(ShapedGlyph previous, ShapedGlyph current) =>
        ReferenceEquals(previous.Font, current.Font) && !previous.RightToLeft && !current.RightToLeft
            ? current.Font.Program.GetKerning(previous.GlyphId, current.GlyphId)
            : 0;

    public static bool IsRightToLeft(int codePoint) =>
        codePoint is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    /// <summary>Tabs and no-break spaces become spaces; control and bidi format characters are dropped (-1).</summary>
    public static int Normalize(int value)
    {
        value = value is '\t' or 0xA0 ? ' ' : value;
        return value < 0x20 || value is >= 0x7F and < 0xA0 || value is 0x200E or 0x200F or 0xFEFF ? -1 : value;
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
