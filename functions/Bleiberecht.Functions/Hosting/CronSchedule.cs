using System.Globalization;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// A six-field NCRONTAB schedule (<c>second minute hour day month day-of-week</c>), the format of the Functions timer
/// trigger, evaluated in UTC. Fields accept <c>*</c>, numbers, ranges <c>a-b</c>, lists <c>a,b</c>, steps <c>*/n</c>
/// and <c>a-b/n</c>, month names (JAN) and day names (MON). When both day fields are restricted, both must match.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] seconds;
    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[] days;
    private readonly bool[] months;
    private readonly bool[] weekdays;

    private CronSchedule(string expression, bool[][] fields)
    {
        Expression = expression;
        (seconds, minutes, hours, days, months, weekdays) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    /// <summary>The expression as written.</summary>
    public string Expression { get; }

    /// <summary>Parses <paramref name="expression"/> or throws <see cref="FormatException"/>.</summary>
    public static CronSchedule Parse(string expression) =>
        TryParse(expression, out var schedule) ? schedule : throw new FormatException($"'{expression}' is not a six-field NCRONTAB expression.");

    public static bool TryParse(string expression, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CronSchedule? schedule)
    {
        schedule = null;
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6)
        {
            return false;
        }

        (int Min, int Max, string[]? Names)[] ranges = [(0, 59, null), (0, 59, null), (0, 23, null), (1, 31, null), (1, 12, MonthNames), (0, 7, DayNames)];
        var fields = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            var field = ParseField(parts[i], ranges[i].Min, ranges[i].Max, ranges[i].Names);
            if (field is null)
            {
                return false;
            }

            fields[i] = field;
        }

        fields[5][0] |= fields[5][7]; // 7 is Sunday too
        schedule = new CronSchedule(expression, fields);
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC, whole seconds), or null if none within ten years.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var utc = after.ToUniversalTime();
        var t = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc).AddSeconds(1);
        var limit = t.AddYears(10);
        while (t < limit)
        {
            if (!months[t.Month])
            {
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            }
            else if (!days[t.Day] || !weekdays[(int)t.DayOfWeek])
            {
                t = t.Date.AddDays(1);
            }
            else if (!hours[t.Hour])
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!minutes[t.Minute])
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            }
            else if (!seconds[t.Second])
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return new DateTimeOffset(t);
            }
        }

        return null;
    }

    public override string ToString() => Expression;

    private static bool[]? ParseField(string text, int min, int max, string[]? names)
    {
        var set = new bool[max + 1];
        foreach (var item in text.Split(','))
        {
            var step = 1;
            var rangeText = item;
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(item.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
                {
                    return null;
                }

                rangeText = item[..slash];
            }

            int from, to;
            if (rangeText == "*")
            {
                (from, to) = (min, max == 7 ? 6 : max);
            }
            else
            {
                var dash = rangeText.IndexOf('-', StringComparison.Ordinal);
                if (!TryValue(dash < 0 ? rangeText : rangeText[..dash], min, max, names, out from))
                {
                    return null;
                }

                to = from;
                if (dash >= 0 && !TryValue(rangeText[(dash + 1)..], min, max, names, out to))
                {
                    return null;
                }

                if (dash < 0 && slash >= 0)
                {
                    to = max == 7 ? 6 : max; // "a/n" means from a to the end in steps of n
                }

                if (to < from)
                {
                    return null;
                }
            }

            for (var v = from; v <= to; v += step)
            {
                set[v] = true;
            }
        }

        return set;
    }

    private static bool TryValue(string text, int min, int max, string[]? names, out int value)
    {
        if (names is not null)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = index + (names.Length == 12 ? 1 : 0);
                return true;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
