namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/cases/{n}/withdrawal</c> (optional).</summary>
internal sealed record WithdrawalRequest(string? Reason);
