using System.Text.RegularExpressions;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Reads the values of a flattened Kurzantrag from its page text: each value stands below its printed label, up to
/// the next printed label, section title, page header or footer. Ticks are read by <see cref="FlattenedFormTicks"/>.
/// </summary>
internal static partial class FlattenedFormText
{
    public static Dictionary<string, string?> Read(IReadOnlyList<string> lines)
    {
        var normalized = lines.Select(Normalize).ToList();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stops = StopLines();
        foreach (var field in KurzantragForm.Fields.Where(f => f.Kind is not (FieldKind.YesNo or FieldKind.Checkbox or FieldKind.Signature)))
        {
            var label = Normalize(KurzantragLabels.Printed(field));
            for (var i = 0; i < normalized.Count; i++)
            {
                var end = MatchLabel(normalized, i, label);
                if (end < 0)
                {
                    continue;
                }

                var valueLines = new List<string>();
                for (var j = end; j < normalized.Count && !IsStop(normalized[j], stops); j++)
                {
                    valueLines.Add(lines[j].Trim());
                }

                values[field.Name] = valueLines.Count == 0 ? null : string.Join(field.Kind == FieldKind.MultilineText ? "\n" : " ", valueLines);
                break;
            }
        }

        var version = normalized.Select(l => VersionPattern().Match(l)).FirstOrDefault(m => m.Success);
        if (version is not null)
        {
            values[KurzantragForm.VersionFieldName] = version.Groups[1].Value;
        }

        return values;
    }

    /// <summary>Whether the text looks like a Kurzantrag at all (its title or several labels).</summary>
    public static bool LooksLikeKurzantrag(IReadOnlyList<string> lines)
    {
        var text = Normalize(string.Join(' ', lines));
        return text.Contains(Normalize(KurzantragLabels.Title), StringComparison.Ordinal)
            || text.Contains(Normalize(KurzantragLabels.ConsentTitle), StringComparison.Ordinal);
    }

    // Returns the index after the label's last line, or -1. A label may wrap over up to three lines and carry " *".
    internal static int MatchLabel(List<string> lines, int start, string label)
    {
        var joined = string.Empty;
        for (var k = start; k < Math.Min(lines.Count, start + 4); k++)
        {
            joined = joined.Length == 0 ? lines[k] : joined + " " + lines[k];
            var bare = joined.EndsWith(" *", StringComparison.Ordinal) ? joined[..^2] : joined;
            if (bare == label)
            {
                return k + 1;
            }

            if (!label.StartsWith(joined, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    private static HashSet<string> StopLines()
    {
        var stops = new HashSet<string>(StringComparer.Ordinal) { KurzantragLabels.Yes, KurzantragLabels.No, Normalize(KurzantragLabels.Title), Normalize(KurzantragLabels.ConsentTitle) };
        foreach (var title in KurzantragForm.SectionTitles.Values)
        {
            stops.Add(Normalize(title));
        }

        return stops;
    }

    private static bool IsStop(string line, HashSet<string> stops)
    {
        if (stops.Contains(line) || FooterPattern().IsMatch(line) || line.Contains(KurzantragLabels.VersionLine(string.Empty).Trim(), StringComparison.Ordinal))
        {
            return true;
        }

        // Any printed label (or its first wrapped line) ends a value.
        return KurzantragForm.Fields.Any(f =>
        {
            var label = Normalize(KurzantragLabels.Printed(f));
            var bare = line.EndsWith(" *", StringComparison.Ordinal) ? line[..^2] : line;
            return bare == label || (line.Length > 20 && label.StartsWith(line, StringComparison.Ordinal));
        });
    }

    internal static string Normalize(string text) => WhitespacePattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^Seite \d+ von \d+$")]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"Formularversion (KA-[0-9A-Za-z.\-]+)")]
    private static partial Regex VersionPattern();
}
