using Bleiberecht.Functions.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary>
/// <c>GET /api/me</c> (who the API takes the caller for) and, in Development mode only, <c>GET /api/dev/anmelden?token=</c>
/// which checks a development token, stores it in an HttpOnly cookie for the no-JS form and redirects (local paths only).
/// </summary>
internal static class AccountEndpoints
{
    private const string Tag = "Anmeldung";
    private const string DefaultReturnPath = "/api/me";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApi(ApiAccess.Me, (HttpContext http) =>
        {
            var actor = http.GetActor()!;
            return Results.Ok(new ActorView(actor.Role, actor.Subject, actor.CommitteeId, actor.OrganisationId, actor.MemberId));
        }, Tag).Produces<ActorView>();
        endpoints.MapApi(ApiAccess.DevelopmentSignIn, SignIn, Tag).Produces(StatusCodes.Status303SeeOther);
    }

    private static IResult SignIn(HttpContext http, string? token, string? returnUrl, [FromServices] AuthSettings settings, [FromServices] TimeProvider timeProvider)
    {
        if (settings.Mode != AuthMode.Development)
        {
            return ApiProblems.NotFound("path", "Diese Adresse gibt es nur im Entwicklungsbetrieb.", "This address exists in development mode only.");
        }

        var error = DevelopmentTokenError.Malformed;
        if (settings.DevelopmentKey is not { } key || !DevelopmentTokens.TryRead(token, key, DevelopmentTokens.ExpiryNow(timeProvider), out _, out error))
        {
            return ApiProblems.Create(
                StatusCodes.Status401Unauthorized, "token-refused", "token",
                "Das Anmelde-Token ist ungültig oder abgelaufen. Bitte mit „auth token“ ein neues erzeugen.",
                $"The sign-in token is invalid or expired ({(settings.DevelopmentKey is null ? "no key configured" : error.ToString())}); create a new one with 'auth token'.");
        }

        http.Response.Cookies.Append(DevelopmentTokens.CookieName, token!, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
        });
        var target = returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\' ? url : DefaultReturnPath;
        http.Response.Headers.Location = target;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
