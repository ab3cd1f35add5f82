using Bleiberecht.Cases.Calendar;

namespace Bleiberecht.Cases.Contracts;

/// <summary>What the secretariat enters to plan a session.</summary>
/// <param name="Kind">Regular (at most N per calendar year) or ad hoc.</param>
/// <param name="StartsAt">Start.</param>
/// <param name="Place">Room/address.</param>
/// <param name="Duration">Planned duration (null: two hours).</param>
/// <param name="CaseNumbers">Ad hoc sessions: urgent cases to put on it at once (they must be waiting or scheduled elsewhere with an open agenda).</param>
public sealed record SessionPlan(SessionKind Kind, DateTimeOffset StartsAt, string Place, TimeSpan? Duration = null, IReadOnlyList<string>? CaseNumbers = null);
