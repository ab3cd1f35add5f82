using System.Globalization;
using System.Net.Mail;

namespace Bleiberecht.Documents.Application;

/// <summary>Parsing of raw form values as viewers store them (dates in German or ISO form, checkbox states).</summary>
internal static class FieldValues
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "yyyy-MM-dd", "d. M. yyyy"];
    private static readonly HashSet<string> Ticked = new(["yes", "on", "true", "x", "1", "ja", "☒", "✓", "✔", "☑"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Unticked = new(["off", "no", "false", "", "0", "nein", "☐"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The trimmed text, or null when empty.</summary>
    public static string? Text(string? raw)
    {
        var text = raw?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static bool TryDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            // Two-digit years: a date of birth 01.02.03 means 2003 in .NET's default window; accept as parsed.
            return true;
        }

        return false;
    }

    /// <summary>Checkbox state: true ticked, false not ticked, null unreadable. PDF names come with a leading slash.</summary>
    public static bool? Checkbox(string? raw)
    {
        var value = (raw ?? string.Empty).Trim().TrimStart('/');
        if (Ticked.Contains(value))
        {
            return true;
        }

        if (Unticked.Contains(value))
        {
            return false;
        }

        // Viewers may store the export value of the "on" state (e.g. "Ja", "Auswahl1"): anything else is ticked.
        return value.Length <= 32 ? true : null;
    }

    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && string.Equals(address.Address, text, StringComparison.OrdinalIgnoreCase) && text.Contains('.', StringComparison.Ordinal);
}
