using System.Net;
using System.Net.Http.Headers;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Tests.Api;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary>Development tokens over HTTP: bearer, cookie (no-JS form), the sign-in link, expiry.</summary>
public sealed class DevelopmentSignInTests
{
    [Fact]
    public async Task Sign_in_link_sets_an_HttpOnly_strict_cookie_and_redirects_to_a_local_page()
    {
        await using var host = await ApiHost.StartAsync();
        var token = host.TokenFor(ApiWorld.Counsellor);

        using var response = await host.Http.GetAsync(new Uri($"/api/dev/anmelden?token={token}&returnUrl=/api/cases/BF-2026-0001", UriKind.Relative));
        using var elsewhere = await host.Http.GetAsync(new Uri($"/api/dev/anmelden?token={token}&returnUrl=//evil.example/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/cases/BF-2026-0001", response.Headers.Location?.OriginalString);
        Assert.Equal("/api/me", elsewhere.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{DevelopmentTokens.CookieName}={token};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cookie_authenticates_like_the_bearer_token()
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases/BF-2026-0001");
        request.Headers.Add("Cookie", $"{DevelopmentTokens.CookieName}={host.TokenFor(ApiWorld.Counsellor)}");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_link_with_a_bad_token_sets_no_cookie_and_names_the_token()
    {
        await using var host = await ApiHost.StartAsync();

        using var response = await host.Http.GetAsync(new Uri("/api/dev/anmelden?token=abc.def", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(["token"], (await ProblemBody.ReadAsync(response)).Fields);
    }

    [Fact]
    public async Task Token_stops_working_when_it_expires_on_the_apps_clock()
    {
        await using var host = await ApiHost.StartAsync();
        var token = host.TokenFor(ApiWorld.Secretariat);

        using var before = await Get(host, token);
        host.Clock.Advance(TimeSpan.FromHours(8));
        using var after = await Get(host, token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Without_a_development_key_no_token_is_accepted()
    {
        await using var host = await ApiHost.StartAsync(settings: new Dictionary<string, string?> { ["Auth:Mode"] = "Development" });
        await using var other = await ApiHost.StartAsync();

        using var response = await Get(host, other.TokenFor(ApiWorld.Secretariat));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Get(ApiHost host, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.Http.SendAsync(request);
    }
}
