using System.Text;
using System.Text.RegularExpressions;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Reads the values of a flattened Kurzantrag from its page text: each value stands below its printed label, up to
/// the next printed label, section title, page header or footer. Ticks are read by <see cref="FlattenedFormTicks"/>.
/// In tolerant mode (OCR text) labels are compared by their letters and digits only, ignoring case, spacing and
/// punctuation that recognition gets wrong.
/// </summary>
internal static partial class FlattenedFormText
{
    public static Dictionary<string, string?> Read(IReadOnlyList<string> lines, bool tolerant = false)
    {
        Func<string, string> normalize = tolerant ? Key : Normalize;
        var normalized = lines.Select(normalize).ToList();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stops = StopLines(normalize);
        var labels = KurzantragForm.Fields.Select(f => normalize(KurzantragLabels.Printed(f))).ToList();
        foreach (var field in KurzantragForm.Fields.Where(f => f.Kind is not (FieldKind.YesNo or FieldKind.Checkbox or FieldKind.Signature)))
        {
            var label = normalize(KurzantragLabels.Printed(field));
            for (var i = 0; i < normalized.Count; i++)
            {
                var end = MatchLabel(normalized, i, label, tolerant);
                if (end < 0)
                {
                    continue;
                }

                var valueLines = new List<string>();
                for (var j = end; j < normalized.Count && !IsStop(normalized[j], stops, labels, tolerant); j++)
                {
                    valueLines.Add(lines[j].Trim());
                }

                values[field.Name] = valueLines.Count == 0 ? null : string.Join(field.Kind == FieldKind.MultilineText ? "\n" : " ", valueLines);
                break;
            }
        }

        var version = lines.Select(l => VersionPattern().Match(Normalize(l))).FirstOrDefault(m => m.Success);
        if (version is not null)
        {
            values[KurzantragForm.VersionFieldName] = version.Groups[1].Value;
        }

        return values;
    }

    /// <summary>Whether the text looks like a Kurzantrag at all (its title or the consent title).</summary>
    public static bool LooksLikeKurzantrag(IReadOnlyList<string> lines, bool tolerant = false)
    {
        Func<string, string> normalize = tolerant ? Key : Normalize;
        var text = normalize(string.Join(' ', lines));
        return text.Contains(normalize(KurzantragLabels.Title), StringComparison.Ordinal)
            || text.Contains(normalize(KurzantragLabels.ConsentTitle), StringComparison.Ordinal);
    }

    // Returns the index after the label's last line, or -1. A label may wrap over up to three lines and carry " *".
    internal static int MatchLabel(List<string> lines, int start, string label, bool tolerant = false)
    {
        var joined = string.Empty;
        for (var k = start; k < Math.Min(lines.Count, start + 4); k++)
        {
            joined = joined.Length == 0 ? lines[k] : joined + (tolerant ? string.Empty : " ") + lines[k];
            var bare = joined.EndsWith(" *", StringComparison.Ordinal) ? joined[..^2] : joined;
            if (bare == label && label.Length > 0)
            {
                return k + 1;
            }

            if (joined.Length == 0 || !label.StartsWith(joined, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    private static HashSet<string> StopLines(Func<string, string> normalize)
    {
        var stops = new HashSet<string>(StringComparer.Ordinal)
        {
            normalize(KurzantragLabels.Yes), normalize(KurzantragLabels.No), normalize(KurzantragLabels.Title), normalize(KurzantragLabels.ConsentTitle),
        };
        foreach (var title in KurzantragForm.SectionTitles.Values)
        {
            stops.Add(normalize(title));
        }

        return stops;
    }

    private static bool IsStop(string line, HashSet<string> stops, List<string> labels, bool tolerant)
    {
        if (stops.Contains(line)
            || (tolerant ? KeyFooterPattern().IsMatch(line) : FooterPattern().IsMatch(line))
            || line.Contains(tolerant ? "formularversion" : "Formularversion", StringComparison.Ordinal))
        {
            return true;
        }

        // Any printed label (or its first wrapped line) ends a value.
        var bare = line.EndsWith(" *", StringComparison.Ordinal) ? line[..^2] : line;
        return labels.Any(label => bare == label || (line.Length > (tolerant ? 16 : 20) && label.StartsWith(line, StringComparison.Ordinal)));
    }

    internal static string Normalize(string text) => WhitespacePattern().Replace(text, " ").Trim();

    // Letters and digits only, lower case, accents dropped: "Staatsangehörigkeit *" → "staatsangehorigkeit".
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"^Seite \d+ von \d+$")]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"^seite\d+von\d+$")]
    private static partial Regex KeyFooterPattern();

    [GeneratedRegex(@"Formularversion (KA-[0-9A-Za-z.\-]+)")]
    private static partial Regex VersionPattern();
}
