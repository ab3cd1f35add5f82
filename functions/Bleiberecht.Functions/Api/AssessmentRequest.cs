using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/sessions/{id}/cases/{n}/assessment</c>.</summary>
internal sealed record AssessmentRequest(Recommendation? Recommendation, string? Text);
