using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Api;

/// <summary>Body of <c>GET /api/me</c>: who the API takes the caller for.</summary>
internal sealed record ActorView(ActorRole Role, string Subject, string? CommitteeId, string? OrganisationId, string? MemberId);
