using System.Globalization;
using System.Text.RegularExpressions;

namespace Bleiberecht.Cases.Committees;

/// <summary>
/// ISO 8601 durations as configuration writes them: <c>P14D</c>, <c>P2W</c>, <c>PT12H</c>, <c>P1DT6H</c>.
/// Years and months are refused: their length varies, write days (<c>P1095D</c>) instead.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim() is "P" or "PT" || text.TrimEnd().EndsWith('T'))
        {
            return false;
        }

        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        value = TimeSpan.FromDays((Part("w") * 7) + Part("d")) + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s"));
        return true;
    }

    public static string Format(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return $"P{value.Days.ToString(CultureInfo.InvariantCulture)}D";
        }

        var days = value.Days > 0 ? $"{value.Days.ToString(CultureInfo.InvariantCulture)}D" : string.Empty;
        return $"P{days}T{value.Hours.ToString(CultureInfo.InvariantCulture)}H{value.Minutes.ToString(CultureInfo.InvariantCulture)}M{value.Seconds.ToString(CultureInfo.InvariantCulture)}S";
    }

    [GeneratedRegex(@"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
