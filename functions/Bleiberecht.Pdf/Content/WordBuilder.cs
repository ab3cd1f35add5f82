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

        return ColumnOrder(lines);
    }

    /// <summary>
    /// Two text columns side by side: finds a gutter (an x that falls in a wide gap on at least three lines and that no
    /// word crosses) and reads each run of lines that the gutter splits column by column, left column first.
    /// </summary>
    private static List<List<Word>> ColumnOrder(List<List<Word>> lines)
    {
        if (lines.Count < 3 || Gutter(lines) is not { } gutter)
        {
            return lines;
        }

        var result = new List<List<Word>>();
        var run = new List<List<Word>>();
        foreach (var line in lines)
        {
            if (line.Any(w => w.Left < gutter && w.Right > gutter))
            {
                Flush();
                result.Add(line);
            }
            else
            {
                run.Add(line);
            }
        }

        Flush();
        return result;

        void Flush()
        {
            // Columns of running text, not table cells: at least two lines with text on both sides, and lines of
            // three or more words on average on each side.
            var twoSided = run.Count(l => l.Any(w => w.Right <= gutter) && l.Any(w => w.Left >= gutter));
            var left = run.Select(l => l.Count(w => w.Right <= gutter)).Where(n => n > 0).DefaultIfEmpty().Average();
            var right = run.Select(l => l.Count(w => w.Left >= gutter)).Where(n => n > 0).DefaultIfEmpty().Average();
            if (twoSided < 2 || left < 3 || right < 3)
            {
                result.AddRange(run);
            }
            else
            {
                result.AddRange(run.Select(l => l.Where(w => w.Right <= gutter).ToList()).Where(l => l.Count > 0));
                result.AddRange(run.Select(l => l.Where(w => w.Left >= gutter).ToList()).Where(l => l.Count > 0));
            }

            run.Clear();
        }
    }

    private static double? Gutter(List<List<Word>> lines)
    {
        var gaps = new List<(double From, double To)>();
        foreach (var line in lines)
        {
            for (var i = 1; i < line.Count; i++)
            {
                var gap = line[i].Left - line[i - 1].Right;
                if (gap > 1.5 * Math.Max(1, Math.Max(line[i].FontSize, line[i - 1].FontSize)))
                {
                    gaps.Add((line[i - 1].Right, line[i].Left));
                }
            }
        }

        if (gaps.Count < 3)
        {
            return null;
        }

        // The candidate inside the most gaps (ties: the first), checked at each gap's middle.
        var best = gaps.Select(g => (g.From + g.To) / 2)
            .Select(x => (X: x, Count: gaps.Count(g => g.From < x && g.To > x)))
            .MaxBy(c => c.Count);
        return best.Count >= 3 ? best.X : null;
    }
}
