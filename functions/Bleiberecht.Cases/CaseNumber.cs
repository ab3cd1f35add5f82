using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Bleiberecht.Cases;

/// <summary>A case number as counsellors see it: <c>BF-2026-0042</c> (prefix, year, sequence per committee and year).</summary>
public readonly partial record struct CaseNumber(string Prefix, int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D4}");

    /// <summary>Parses <c>BF-2026-0042</c>; sequences above 9999 have more digits.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? value)
    {
        value = null;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var sequence = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (sequence == 0)
        {
            return false;
        }

        value = new CaseNumber(match.Groups["p"].Value, int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    [GeneratedRegex(@"^(?<p>[A-Z]{1,5})-(?<y>\d{4})-(?<n>\d{4,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
