namespace Bleiberecht.Documents.Application;

/// <summary>The committee's time zone (dates on forms and letters are Berlin dates).</summary>
internal static class BerlinTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
}
