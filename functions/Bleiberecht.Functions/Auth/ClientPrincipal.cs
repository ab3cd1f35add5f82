using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// The decoded <c>X-MS-CLIENT-PRINCIPAL</c> header of App Service authentication: base64 JSON with
/// <c>auth_typ</c>, <c>name_typ</c>, <c>role_typ</c> and <c>claims[{typ,val}]</c>.
/// </summary>
internal sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
    [property: JsonPropertyName("name_typ")] string? NameClaimType,
    [property: JsonPropertyName("role_typ")] string? RoleClaimType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim>? Claims)
{
    /// <summary>The header App Service authentication adds for a signed-in caller.</summary>
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The header with the caller's display name (usually the e-mail address or UPN).</summary>
    public const string NameHeaderName = "X-MS-CLIENT-PRINCIPAL-NAME";

    private static readonly string[] EmailClaimTypes =
    [
        "preferred_username",
        "email",
        "emails",
        "upn",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    ];

    private static readonly string[] DefaultRoleClaimTypes = ["roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role"];

    /// <summary>Decodes the header value; null when it is not base64 JSON of that shape.</summary>
    public static ClientPrincipal? Decode(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim()));
            return JsonSerializer.Deserialize<ClientPrincipal>(json);
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The app role values (claims of <c>role_typ</c>, or <c>roles</c>).</summary>
    public IReadOnlyList<string> Roles => Values(RoleClaimType is { Length: > 0 } t ? [t, .. DefaultRoleClaimTypes] : DefaultRoleClaimTypes);

    /// <summary>The caller's e-mail address: the name claim if it looks like one, else the usual e-mail/UPN claims.</summary>
    public string? Email => Values(NameClaimType is { Length: > 0 } n ? [n, .. EmailClaimTypes] : EmailClaimTypes).FirstOrDefault(v => v.Contains('@', StringComparison.Ordinal));

    private string[] Values(IReadOnlyList<string> types) => types
        .SelectMany(t => (Claims ?? []).Where(c => string.Equals(c.Type, t, StringComparison.OrdinalIgnoreCase)).Select(c => c.Value?.Trim()))
        .OfType<string>()
        .Where(v => v.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
