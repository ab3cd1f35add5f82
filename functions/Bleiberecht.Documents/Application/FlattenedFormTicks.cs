using Bleiberecht.Pdf.Content;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Reads the check boxes of a flattened Kurzantrag: the generated form prints each box left of its label (a box of
/// font size + 2 points, 6 points before the label's first line), so the box is found from where the label starts
/// and read from the marks inside it (a check mark path, a Zapf Dingbats glyph, a cross or letter). An empty box
/// (just its square) reads as not ticked; where no box is drawn at all the tick stays unread. Yes/no questions: the
/// "Ja" and "Nein" boxes below the question.
/// </summary>
internal static class FlattenedFormTicks
{
    private const string Ticked = "Yes";
    private const string NotTicked = "Off";

    public static Dictionary<string, string?> Read(IReadOnlyList<PrintedLine> lines)
    {
        var normalized = lines.Select(l => FlattenedFormText.Normalize(l.Text)).ToList();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in KurzantragForm.Fields)
        {
            if (field.Kind == FieldKind.Checkbox && FindLabel(normalized, KurzantragLabels.Printed(field)) is { } at)
            {
                values[field.Name] = Tick(lines[at.Start]);
            }
            else if (field.Kind == FieldKind.YesNo && FindLabel(normalized, KurzantragLabels.Printed(field)) is { } question)
            {
                // The two boxes follow the question directly, each on its own line: "Ja", then "Nein".
                var yes = Next(normalized, question.End, KurzantragLabels.Yes);
                var no = yes is { } y ? Next(normalized, y + 1, KurzantragLabels.No) : null;
                if (yes is { } yesLine && no is { } noLine)
                {
                    values[field.Name + "_ja"] = Tick(lines[yesLine]);
                    values[field.Name + "_nein"] = Tick(lines[noLine]);
                }
            }
        }

        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    // Where the box sits relative to its label's first line (generous: scaled prints and other renderers shift it).
    internal static PageRectangle BoxArea(PrintedLine line) => new(
        line.Left - (2.1 * line.FontSize),
        line.Baseline - (0.7 * line.FontSize),
        line.Left - (0.15 * line.FontSize),
        line.Baseline + (1.2 * line.FontSize));

    // Ticked: a mark in the box. Not ticked: the empty box is there. Neither (no box drawn, e.g. a scan with a text
    // layer, where the tick is in the image): unread.
    private static string? Tick(PrintedLine line)
    {
        if (line.Page is not { } page || line.FontSize <= 0)
        {
            return null;
        }

        var area = BoxArea(line);
        return page.HasMarkInside(area) ? Ticked : page.FindBoxOutline(area) is not null ? NotTicked : null;
    }

    private static (int Start, int End)? FindLabel(List<string> lines, string printedLabel)
    {
        var label = FlattenedFormText.Normalize(printedLabel);
        for (var i = 0; i < lines.Count; i++)
        {
            var end = FlattenedFormText.MatchLabel(lines, i, label);
            if (end >= 0)
            {
                return (i, end);
            }
        }

        return null;
    }

    private static int? Next(List<string> lines, int from, string text)
    {
        for (var i = from; i < Math.Min(lines.Count, from + 3); i++)
        {
            if (lines[i] == text)
            {
                return i;
            }
        }

        return null;
    }
}
