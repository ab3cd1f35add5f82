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
        var spaceWidth = font.MeasureText(" ", fontSize);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            double lineWidth = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = font.MeasureText(word, fontSize);
                if (line.Length > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth)
                {
                    line.Append(' ').Append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth <= maxWidth)
                {
                    line.Append(word);
                    lineWidth = wordWidth;
                    continue;
                }

                foreach (var piece in SplitLongWord(word, font, fontSize, maxWidth, lines))
                {
                    line.Append(piece);
                    lineWidth = font.MeasureText(piece, fontSize);
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
        double width = 0;
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = font.MeasureText(element, fontSize);
            if (piece.Length > 0 && width + elementWidth > maxWidth)
            {
                lines.Add(piece.ToString());
                piece.Clear();
                width = 0;
            }

            piece.Append(element);
            width += elementWidth;
        }

        return [piece.ToString()];
    }
}
