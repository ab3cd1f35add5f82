namespace Bleiberecht.Functions.DevClock;

/// <summary>Body of <c>POST /api/dev/clock</c>: an ISO 8601 duration such as <c>P8D</c>.</summary>
internal sealed record DevClockAdvance(string? Advance);
