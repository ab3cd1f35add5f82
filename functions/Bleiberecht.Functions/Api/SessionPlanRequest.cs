using Bleiberecht.Cases.Calendar;

namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/committees/{c}/sessions</c>.</summary>
internal sealed record SessionPlanRequest(SessionKind? Kind, DateTimeOffset? StartsAt, string? Place, TimeSpan? Duration, IReadOnlyList<string>? CaseNumbers);
