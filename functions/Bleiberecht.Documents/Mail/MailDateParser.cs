using System.Globalization;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// RFC 5322 dates and the obsolete forms mail programs still send: two- and three-digit years, zone names
/// (UT, GMT, EST … PDT, military letters), missing seconds or zone, comments, asctime order.
/// </summary>
internal static class MailDateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            return null;
        }

        var text = HeaderParameters.StripComments(value).Replace(',', ' ');
        int? month = null;
        int? hour = null, minute = null, second = null;
        int? offset = null;
        var numbers = new List<string>();
        foreach (var token in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains(':', StringComparison.Ordinal))
            {
                var parts = token.Split(':');
                if (parts.Length is < 2 or > 3 || !parts.All(IsDigits) || parts.Any(p => p.Length > 2))
                {
                    return null;
                }

                hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
                minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
                second = parts.Length == 3 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
            }
            else if (token[0] is '+' or '-' && token.Length == 5 && IsDigits(token[1..]))
            {
                var hours = int.Parse(token.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var minutes = int.Parse(token.AsSpan(3, 2), CultureInfo.InvariantCulture);
                if (minutes >= 60)
                {
                    return null;
                }

                offset = (token[0] == '-' ? -1 : 1) * ((hours * 60) + minutes);
            }
            else if (token.All(char.IsAsciiLetter))
            {
                var lower = token.ToLowerInvariant();
                var index = lower.Length >= 3 ? Array.IndexOf(Months, lower[..3]) : -1;
                if (index >= 0 && month is null && !IsZone(lower))
                {
                    month = index + 1;
                }
                else if (ZoneOffset(lower) is { } zone)
                {
                    offset ??= zone;
                }
            }
            else if (IsDigits(token) && token.Length <= 4)
            {
                numbers.Add(token);
            }
        }

        if (month is null || numbers.Count < 2)
        {
            return null;
        }

        var dayText = numbers.FirstOrDefault(n => n.Length <= 2);
        if (dayText is null)
        {
            return null;
        }

        numbers.Remove(dayText);
        var yearText = numbers[0];
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        year = yearText.Length switch
        {
            <= 2 => year < 50 ? 2000 + year : 1900 + year,
            3 => 1900 + year,
            _ => year,
        };

        var (h, m, s) = (hour ?? 0, minute ?? 0, Math.Min(second ?? 0, 59));
        var minutesOffset = offset ?? 0;
        if (year is < 1 or > 9998 || day < 1 || day > DateTime.DaysInMonth(year, month.Value) || h > 23 || m > 59 || Math.Abs(minutesOffset) > 14 * 60)
        {
            return null;
        }

        return new DateTimeOffset(year, month.Value, day, h, m, s, TimeSpan.FromMinutes(minutesOffset));
    }

    private static bool IsZone(string lower) => ZoneOffset(lower) is not null;

    private static int? ZoneOffset(string lower) => lower switch
    {
        "ut" or "utc" or "gmt" or "z" => 0,
        "est" => -5 * 60,
        "edt" => -4 * 60,
        "cst" => -6 * 60,
        "cdt" => -5 * 60,
        "mst" => -7 * 60,
        "mdt" => -6 * 60,
        "pst" => -8 * 60,
        "pdt" => -7 * 60,
        "cet" => 60,
        "cest" => 120,
        { Length: 1 } => 0, // military zones: RFC 5322 says treat as -0000
        _ => null,
    };

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
