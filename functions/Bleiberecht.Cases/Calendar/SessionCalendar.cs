using Bleiberecht.Cases.Committees;

namespace Bleiberecht.Cases.Calendar;

/// <summary>
/// The calendar rules of a committee: at most N regular sessions per calendar year (in the committee's
/// time zone), agenda deadline and invitation period before each session, and which session a ready case goes to.
/// Pure functions: the caller passes "now".
/// </summary>
public sealed class SessionCalendar(CommitteeConfiguration committee)
{
    private readonly TimeZoneInfo timeZone = TimeZoneInfo.FindSystemTimeZoneById(committee.TimeZone);

    /// <summary>
    /// When the agenda of <paramref name="session"/> closes: cases ready after this go to a later session. An ad hoc
    /// session planned at shorter notice than the agenda deadline keeps its agenda open for the first half of the notice
    /// (so urgent cases can still be assigned), then closes it and sends the invitations at once.
    /// </summary>
    public DateTimeOffset AgendaClosesAt(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var regular = session.StartsAt - committee.Sessions.AgendaDeadline;
        if (session is { Kind: SessionKind.AdHoc, PlannedAt: { } plannedAt } && regular < plannedAt)
        {
            var halfNotice = (session.StartsAt - plannedAt) / 2;
            return plannedAt + (halfNotice > TimeSpan.Zero ? halfNotice : TimeSpan.Zero);
        }

        return regular;
    }

    /// <summary>When the invitations, agenda and dossiers must be sent at the latest (never before the agenda closes).</summary>
    public DateTimeOffset InvitationsDueAt(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var due = session.StartsAt - committee.Sessions.InvitationPeriod;
        var closes = AgendaClosesAt(session);
        return due > closes ? due : closes;
    }

    /// <summary>The calendar year of an instant in the committee's local time.</summary>
    public int CalendarYear(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, timeZone).Year;

    /// <summary>Null when a session of <paramref name="kind"/> may be planned at <paramref name="startsAt"/>, else why not.</summary>
    public PlanningRefusal? CheckNewSession(IEnumerable<PlannedSession> existing, SessionKind kind, DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (startsAt <= now)
        {
            return new("session-in-past", "startsAt", "Der Sitzungstermin liegt in der Vergangenheit.", "The session date lies in the past.");
        }

        if (kind == SessionKind.AdHoc)
        {
            return committee.Sessions.AdHocSessionsAllowed
                ? null
                : new("ad-hoc-not-allowed", "kind", "Dieses Gremium sieht keine anlassbezogenen Sitzungen vor.", "This committee does not hold ad hoc sessions.");
        }

        if (startsAt - now < committee.Sessions.AgendaDeadline)
        {
            var days = (int)committee.Sessions.AgendaDeadline.TotalDays;
            return new(
                "too-short-notice",
                "startsAt",
                $"Eine reguläre Sitzung muss mindestens {days} Tage im Voraus geplant werden (Annahmeschluss der Tagesordnung). Für dringende Fälle ist eine anlassbezogene Sitzung möglich.",
                $"A regular session must be planned at least {days} days ahead (agenda deadline). Urgent cases can go to an ad hoc session.");
        }

        var year = CalendarYear(startsAt);
        var max = committee.Sessions.MaxRegularSessionsPerYear;
        var count = existing.Count(s => s is { Kind: SessionKind.Regular, Cancelled: false } && CalendarYear(s.StartsAt) == year);
        if (count >= max)
        {
            return new(
                "regular-sessions-exhausted",
                "startsAt",
                $"Im Kalenderjahr {year} sind bereits {count} reguläre Sitzungen geplant; zulässig sind höchstens {max}. Bitte eine anlassbezogene Sitzung planen oder einen Termin absagen.",
                $"{count} regular sessions are already planned in {year}; at most {max} are allowed. Plan an ad hoc session or cancel one.");
        }

        return null;
    }

    /// <summary>
    /// The session a case that is ready at <paramref name="now"/> goes to: the earliest session whose agenda is still open.
    /// Regular sessions only, unless <paramref name="includeAdHoc"/> (urgent cases).
    /// </summary>
    public PlannedSession? NextOpenSession(IEnumerable<PlannedSession> sessions, DateTimeOffset now, bool includeAdHoc = false) => sessions
        .Where(s => !s.Cancelled && (includeAdHoc || s.Kind == SessionKind.Regular) && AgendaClosesAt(s) > now)
        .OrderBy(s => s.StartsAt)
        .ThenBy(s => s.Id, StringComparer.Ordinal)
        .FirstOrDefault();
}
