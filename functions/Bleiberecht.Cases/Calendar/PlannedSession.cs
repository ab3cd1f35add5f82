namespace Bleiberecht.Cases.Calendar;

/// <summary>A session in a committee's calendar. Cancelled sessions stay in the calendar but count for nothing.</summary>
public sealed record PlannedSession(string Id, SessionKind Kind, DateTimeOffset StartsAt, bool Cancelled = false);
