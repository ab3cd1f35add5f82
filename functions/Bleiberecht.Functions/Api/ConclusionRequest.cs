namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/sessions/{id}/conclusion</c>.</summary>
internal sealed record ConclusionRequest(IReadOnlyList<string>? PresentMemberIds, string? Chair, IReadOnlyDictionary<string, string>? Notes);
