using System.Text.Json.Serialization;

namespace Bleiberecht.Functions.Auth;

/// <summary>The signed content of a development token (compact JSON; <c>exp</c> in Unix seconds).</summary>
internal sealed record DevelopmentTokenPayload(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("sub")] string Subject,
    [property: JsonPropertyName("committee")] string? Committee,
    [property: JsonPropertyName("org")] string? Organisation,
    [property: JsonPropertyName("member")] string? Member,
    [property: JsonPropertyName("exp")] long ExpiresAt);
