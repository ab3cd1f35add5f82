using System.Globalization;
using System.Text;

namespace Bleiberecht.Documents.Generated;

/// <summary>
/// The RFC 5545 calendar entry of a session: UID, DTSTAMP, DTSTART/DTEND with <c>TZID=Europe/Berlin</c> and its
/// VTIMEZONE, a SUMMARY without personal data, CRLF line ends and lines folded at 75 octets.
/// </summary>
public static class SessionCalendar
{
    /// <summary>The <c>.ics</c> text; <paramref name="uidDomain"/> makes the UID globally unique and stable per session.</summary>
    public static string Create(string committeeName, SessionInfo session, string uidDomain, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var start = GermanFormat.Berlin(session.Start);
        var end = GermanFormat.Berlin(session.Start + session.Duration);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Bleiberecht Functions//Sitzungen//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:sitzung-{session.Number.ToString(CultureInfo.InvariantCulture)}-{start:yyyyMMdd}@{uidDomain}",
            "DTSTAMP:" + timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            "DTSTART;TZID=Europe/Berlin:" + start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
            "DTEND;TZID=Europe/Berlin:" + end.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
            "SUMMARY:" + Escape($"{session.Number.ToString(CultureInfo.InvariantCulture)}. Sitzung der {committeeName} (nicht öffentlich)"),
            "LOCATION:" + Escape(session.Place),
            "DESCRIPTION:" + Escape("Nicht öffentliche Sitzung. Tagesordnung und Dossiers erhalten Sie von der Geschäftsstelle."),
            "CLASS:CONFIDENTIAL",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        return text.ToString();
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    // RFC 5545 3.1: lines longer than 75 octets are split (never inside a UTF-8 sequence), continuation starts with a space.
    private static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = 75;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            output.Append(line, i, length);
            octets += size;
            i += length;
        }

        output.Append("\r\n");
    }
}
