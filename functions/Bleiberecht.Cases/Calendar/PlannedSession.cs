namespace Bleiberecht.Cases.Calendar;

/// <summary>A session in a committee's calendar. Cancelled sessions stay in the calendar but count for nothing.</summary>
/// <param name="Id">Session id, e.g. <c>BF-S-2027-01</c>.</param>
/// <param name="Kind">Regular or ad hoc.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="Cancelled">Cancelled sessions count for nothing.</param>
/// <param name="PlannedAt">When it was planned: an ad hoc session planned at short notice keeps its agenda open for half the notice (see <see cref="SessionCalendar.AgendaClosesAt"/>).</param>
public sealed record PlannedSession(string Id, SessionKind Kind, DateTimeOffset StartsAt, bool Cancelled = false, DateTimeOffset? PlannedAt = null);
