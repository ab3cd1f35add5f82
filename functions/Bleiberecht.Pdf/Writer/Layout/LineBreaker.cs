using System.Globalization;
using System.Text;

namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Measured greedy line breaking: words are kept whole unless a single word is wider than the line.</summary>
public static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> points when set in
    /// <paramref name="font"/> at <paramref name="fontSize"/>. Line feeds in the text force breaks.
    /// </summary>
    public static IReadOnlyList<string> Break(string text, AddedFont font, double fontSize, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Measure the whole candidate line: kerning makes widths not simply additive.
                if (line.Length > 0 && font.MeasureText(line + " " + word, fontSize) <= maxWidth)
                {
                    line.Append(' ').Append(word);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (font.MeasureText(word, fontSize) <= maxWidth)
                {
                    line.Append(word);
                    continue;
                }

                foreach (var piece in SplitLongWord(word, font, fontSize, maxWidth, lines))
                {
                    line.Append(piece);
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Adds full-width pieces of an over-long word to <paramref name="lines"/>; returns the remainder.</summary>
    private static IEnumerable<string> SplitLongWord(string word, AddedFont font, double fontSize, double maxWidth, List<string> lines)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && font.MeasureText(piece + element, fontSize) > maxWidth)
            {
                lines.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(element);
        }

        return [piece.ToString()];
    }
}
