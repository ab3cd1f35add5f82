using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>POST /api/cases/{n}/exclusions</c>.</summary>
internal sealed record ExclusionRequest(ExclusionFact? Fact);
