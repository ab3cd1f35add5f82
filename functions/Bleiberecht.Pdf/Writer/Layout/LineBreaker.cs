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
            double lineWidth = 0;
            var last = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0)
                {
                    // Widths add up except for kerning across the joint, so measure the joint with the last character.
                    var widened = lineWidth + font.MeasureText(last + " " + word, fontSize) - font.MeasureText(last, fontSize);
                    if (widened <= maxWidth)
                    {
                        line.Append(' ').Append(word);
                        lineWidth = widened;
                        last = LastCharacter(word);
                        continue;
                    }

                    lines.Add(line.ToString());
                    line.Clear();
                }

                var wordWidth = font.MeasureText(word, fontSize);
                if (wordWidth > maxWidth)
                {
                    var rest = SplitLongWord(word, font, fontSize, maxWidth, lines);
                    line.Append(rest);
                    lineWidth = font.MeasureText(rest, fontSize);
                    last = LastCharacter(rest);
                    continue;
                }

                line.Append(word);
                lineWidth = wordWidth;
                last = LastCharacter(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string LastCharacter(string text) =>
        text.Length == 0 ? string.Empty : char.IsLowSurrogate(text[^1]) && text.Length > 1 ? text[^2..] : text[^1..];

    /// <summary>Adds full-width pieces of an over-long word to <paramref name="lines"/>; returns the remainder.</summary>
    private static string SplitLongWord(string word, AddedFont font, double fontSize, double maxWidth, List<string> lines)
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

        return piece.ToString();
    }
}
