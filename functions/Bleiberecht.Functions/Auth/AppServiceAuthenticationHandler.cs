using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Azure: reads <c>X-MS-CLIENT-PRINCIPAL</c>, which App Service authentication sets after validating the caller's
/// Entra ID token and strips from incoming requests (so it cannot be forged). Trusted only when the platform says its
/// authentication is on (<c>WEBSITE_AUTH_ENABLED</c>); the settings refuse this scheme outside custom-handler mode.
/// A signed-in caller who is not in the committee configuration gets an identity without role (403, not 401).
/// </summary>
internal sealed class AppServiceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthSettings settings,
    AppServicePrincipalMapper mapper)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ClientPrincipal.HeaderName, out var header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!settings.PlatformAuthenticationEnabled)
        {
            AuthLog.ClientPrincipalIgnored(Logger);
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ClientPrincipal.Decode(header) is not { } principal)
        {
            return Task.FromResult(AuthenticateResult.Fail("X-MS-CLIENT-PRINCIPAL is not base64 JSON."));
        }

        var resolution = mapper.Map(principal, Request.Headers[ClientPrincipal.NameHeaderName]);
        if (resolution.Actor is { } actor)
        {
            return Task.FromResult(Success(new ClaimsIdentity(BfClaims.For(actor), Scheme.Name, BfClaims.Subject, BfClaims.Role)));
        }

        AuthLog.PersonUnresolved(Logger, Scheme.Name);
        return Task.FromResult(Success(new ClaimsIdentity([new Claim(AuthSchemes.UnresolvedReason, resolution.ReasonDe ?? string.Empty)], AuthSchemes.Unresolved)));
    }

    private AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
}
