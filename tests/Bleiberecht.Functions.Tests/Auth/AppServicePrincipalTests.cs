using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Tests.Api;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary>X-MS-CLIENT-PRINCIPAL (App Service authentication) mapped to the person in the committee configuration.</summary>
public sealed class AppServicePrincipalTests
{
    private static readonly AppServicePrincipalMapper Mapper = new(new PeopleDirectory(ApiHost.Committees));

    [Fact]
    public void Counsellor_role_and_registered_email_map_to_the_organisation()
    {
        var actor = Mapper.Map(Parsed(["Counsellor"], "Fluechtlingsberatung@AWO.dortmund.example"), null).Actor;

        Assert.Equal(new Actor(ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "dortmund", "awo"), actor);
    }

    [Fact]
    public void Member_maps_to_the_member_id()
    {
        var actor = Mapper.Map(Parsed(["Member"], "aylin.demir@fluechtlingshilfe.dortmund.example"), null).Actor;

        Assert.Equal(new Actor(ActorRole.Member, "ehrenamt-1", "dortmund", MemberId: "ehrenamt-1"), actor);
    }

    [Fact]
    public void Secretariat_maps_by_the_contact_email_or_by_a_committee_named_in_the_app_role()
    {
        var byMailbox = Mapper.Map(Parsed(["Secretariat"], "geschaeftsstelle@kreis-unna.example"), null).Actor;
        var byRole = Mapper.Map(Parsed(["Secretariat.dortmund"], "m.mueller@stadt.dortmund.example"), null).Actor;
        var unknown = Mapper.Map(Parsed(["Secretariat"], "m.mueller@stadt.dortmund.example"), null);

        Assert.Equal(("kreis-unna", ActorRole.Secretariat), (byMailbox?.CommitteeId, byMailbox?.Role));
        Assert.Equal(("dortmund", ActorRole.Secretariat, "m.mueller@stadt.dortmund.example"), (byRole?.CommitteeId, byRole?.Role, byRole?.Subject));
        Assert.Null(unknown.Actor);
        Assert.Contains("in keinem Gremium eingetragen", unknown.ReasonDe, StringComparison.Ordinal);
    }

    [Fact]
    public void Unregistered_counsellor_and_missing_role_are_not_mapped()
    {
        Assert.Null(Mapper.Map(Parsed(["Counsellor"], "jemand@example.org"), null).Actor);
        Assert.Null(Mapper.Map(Parsed([], "fluechtlingsberatung@awo.dortmund.example"), null).Actor);
    }

    [Fact]
    public void With_several_roles_the_secretariat_wins_and_the_email_may_come_from_the_name_header()
    {
        var principal = Parsed(["Operator", "Secretariat"], email: null);

        var actor = Mapper.Map(principal, "ausschuss-buergerdienste@stadt.dortmund.example").Actor;

        Assert.Equal(ActorRole.Secretariat, actor?.Role);
    }

    [Fact]
    public async Task Behind_App_Service_authentication_the_header_signs_the_caller_in()
    {
        await using var host = await AppServiceHost(platformAuthentication: true);

        using var counsellor = await host.Http.SendAsync(WithPrincipal("/api/me", Principal(["Counsellor"], "fluechtlingsberatung@drk.dortmund.example")));
        using var stranger = await host.Http.SendAsync(WithPrincipal("/api/me", Principal(["Counsellor"], "jemand@example.org")));
        using var anonymous = await host.Http.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var garbage = await host.Http.SendAsync(WithHeader("/api/me", "not base64 json"));

        Assert.Equal(HttpStatusCode.OK, counsellor.StatusCode);
        var me = await counsellor.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Counsellor", "drk", "dortmund"), (me.GetProperty("role").GetString(), me.GetProperty("organisationId").GetString(), me.GetProperty("committeeId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(["Authorization"], (await ProblemBody.ReadAsync(stranger)).Fields);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task Without_App_Service_authentication_the_header_is_not_trusted()
    {
        await using var host = await AppServiceHost(platformAuthentication: false);

        using var response = await host.Http.SendAsync(WithPrincipal("/api/me", Principal(["Secretariat"], "ausschuss-buergerdienste@stadt.dortmund.example")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Development_tokens_are_not_accepted_in_App_Service_mode()
    {
        await using var host = await AppServiceHost(platformAuthentication: true);

        using var response = await host.GetAsync("/api/me", ApiWorld.Secretariat);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<ApiHost> AppServiceHost(bool platformAuthentication) => ApiHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "7099",
        ["Auth:DevelopmentKey"] = ApiHost.DevelopmentKey,
        ["WEBSITE_AUTH_ENABLED"] = platformAuthentication ? "True" : null,
    });

    private static HttpRequestMessage WithPrincipal(string path, string principalJson) =>
        WithHeader(path, Convert.ToBase64String(Encoding.UTF8.GetBytes(principalJson)));

    private static HttpRequestMessage WithHeader(string path, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(ClientPrincipal.HeaderName, value);
        return request;
    }

    private static ClientPrincipal Parsed(string[] roles, string? email) =>
        ClientPrincipal.Decode(Convert.ToBase64String(Encoding.UTF8.GetBytes(Principal(roles, email))))!;

    /// <summary>The shape App Service sends for an Entra ID sign-in (claims abbreviated).</summary>
    private static string Principal(string[] roles, string? email)
    {
        var claims = new List<object> { new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = "4a1c2f0e-0000-4000-8000-000000000001" } };
        if (email is not null)
        {
            claims.Add(new { typ = "preferred_username", val = email });
        }

        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        return JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims,
        });
    }
}
