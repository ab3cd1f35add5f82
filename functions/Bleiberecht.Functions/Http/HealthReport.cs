namespace Bleiberecht.Functions.Http;

/// <summary>The body of <c>GET /api/health</c>.</summary>
internal sealed record HealthReport(string Status, string Mode, int Functions);
