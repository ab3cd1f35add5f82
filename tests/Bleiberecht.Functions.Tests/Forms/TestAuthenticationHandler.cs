using System.Security.Claims;
using System.Text.Encodings.Web;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>
/// Stands in for the app's authentication schemes (task D) in the form tests: the cookie
/// <see cref="CookieName"/> = <c>Role|subject|committee|organisation</c> signs a person in with the <see cref="BfClaims"/>.
/// </summary>
internal sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "FormTest";

    public const string CookieName = "bf-test-actor";

    public static string CookieValue(Actor actor) => Uri.EscapeDataString(string.Join('|', actor.Role, actor.Subject, actor.CommitteeId, actor.OrganisationId));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(CookieName, out var value) || value.Split('|') is not [var role, var subject, var committee, var organisation])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var actor = new Actor(Enum.Parse<ActorRole>(role), subject, committee.Length > 0 ? committee : null, organisation.Length > 0 ? organisation : null);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(BfClaims.For(actor), SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
