using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Local runs: a development token (<see cref="DevelopmentTokens"/>) as <c>Authorization: Bearer</c> or in the
/// <c>bf_dev_token</c> cookie. A bad signature, tampering or expiry fails authentication (401).
/// </summary>
internal sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthSettings settings,
    TimeProvider timeProvider)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? token = null;
        if (Request.Headers.Authorization.ToString() is { Length: > 0 } authorization
            && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            token = authorization[BearerPrefix.Length..].Trim();
        }
        else if (Request.Cookies.TryGetValue(DevelopmentTokens.CookieName, out var cookie))
        {
            token = cookie;
        }

        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (settings.DevelopmentKey is not { } key)
        {
            AuthLog.NoDevelopmentKey(Logger);
            return Task.FromResult(AuthenticateResult.Fail("No development key is configured (Auth__DevelopmentKey)."));
        }

        if (!DevelopmentTokens.TryRead(token, key, DevelopmentTokens.ExpiryNow(timeProvider), out var actor, out var error))
        {
            AuthLog.TokenRefused(Logger, error);
            return Task.FromResult(AuthenticateResult.Fail($"Development token refused: {error}."));
        }

        var identity = new ClaimsIdentity(BfClaims.For(actor), Scheme.Name, BfClaims.Subject, BfClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
