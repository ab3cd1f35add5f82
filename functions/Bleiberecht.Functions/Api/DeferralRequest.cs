namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/sessions/{id}/cases/{n}/deferral</c> (optional).</summary>
internal sealed record DeferralRequest(string? Reason);
