using System.Globalization;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Documents.Generated;

/// <summary>German date and time formatting in Berlin time (own names: the app may run with invariant globalization).</summary>
internal static class GermanFormat
{
    private static readonly string[] Days = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
    private static readonly string[] Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateTimeOffset instant)
    {
        var local = Berlin(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{Days[(int)local.DayOfWeek]}, {local.Day}. {Months[local.Month - 1]} {local.Year}");
    }

    public static string Time(DateTimeOffset instant) => Berlin(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static DateTime Berlin(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, BerlinTime.Zone).DateTime;
}
