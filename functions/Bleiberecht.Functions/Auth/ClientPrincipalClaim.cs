using System.Text.Json.Serialization;

namespace Bleiberecht.Functions.Auth;

/// <summary>One claim of the App Service client principal.</summary>
internal sealed record ClientPrincipalClaim(
    [property: JsonPropertyName("typ")] string? Type,
    [property: JsonPropertyName("val")] string? Value);
