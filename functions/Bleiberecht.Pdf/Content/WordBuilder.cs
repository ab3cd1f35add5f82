namespace Bleiberecht.Pdf.Content;

/// <summary>Groups letters into words (spaces and gaps split) and words into lines in reading order (top to bottom, left to right).</summary>
internal static class WordBuilder
{
    private const double GapFactor = 0.12;

    public static List<Word> Words(IReadOnlyList<Letter> letters)
    {
        var words = new List<Word>();
        var current = new List<Letter>();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Flush();
                previous = null;
                continue;
            }

            if (previous is not null)
            {
                var size = Math.Max(1, Math.Max(previous.FontSize, letter.FontSize));
                var dy = Math.Abs(letter.Y - previous.Y);
                var gap = letter.X - previous.EndX;
                var sameLine = dy < size * 0.4 && gap <= size * GapFactor && gap >= -size * 0.6;

                // Super- and subscripts touch the letter before them on a shifted baseline: same word (as pdftotext reads them).
                var touching = dy < size * 0.7 && gap <= size * 0.05 && gap >= -size * 0.3;
                if (!sameLine && !touching)
                {
                    Flush();
                }
            }

            current.Add(letter);
            previous = letter;
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var text = ExpandLigatures(string.Concat(current.Select(l => l.Value)));
            words.Add(new Word(text, current.Min(l => l.X), current[0].Y, current.Max(l => l.EndX), current.Max(l => l.FontSize), current.ToArray()));
            current.Clear();
        }
    }

    // Latin ligatures (U+FB00–U+FB06) read as their letters, so that "ﬀ" searches and compares as "ff".
    private static string ExpandLigatures(string text) =>
        text.Any(c => c is >= '\uFB00' and <= '\uFB06') ? string.Concat(text.Select(c => c is >= '\uFB00' and <= '\uFB06' ? c.ToString().Normalize(System.Text.NormalizationForm.FormKC) : c.ToString())) : text;

    public static List<List<Word>> Lines(IReadOnlyList<Word> words)
    {
        // Sort by baseline (top first), then sweep: a word joins the current line when its baseline is close to the line's.
        var lines = new List<List<Word>>();
        List<Word>? current = null;
        var lineBaseline = 0.0;
        var lineSize = 0.0;
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            var tolerance = Math.Max(Math.Max(1, word.FontSize), lineSize) * 0.4;
            if (current is null || Math.Abs(lineBaseline - word.Baseline) >= tolerance)
            {
                current = [];
                lines.Add(current);
                lineBaseline = word.Baseline;
                lineSize = word.FontSize;
            }

            current.Add(word);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }
}
