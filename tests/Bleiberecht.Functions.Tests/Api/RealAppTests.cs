using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Tests.App;
using Bleiberecht.Storage;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>
/// The built app as a real process (Azurite behind it) in both modes: the API's authentication and problem handling are
/// part of the real composition, not only of the test host.
/// </summary>
public sealed class RealAppTests : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private AppProcess? standalone;
    private AppProcess? customHandler;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var (blobs, queues, tables) = (account.CreateBlobServiceClient(), account.CreateQueueServiceClient(), account.CreateTableServiceClient());
        foreach (var container in StorageResourceCatalog.Default.Containers)
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync();
        }

        foreach (var queue in StorageResourceCatalog.Default.Queues)
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync();
        }

        foreach (var table in StorageResourceCatalog.Default.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(table);
        }

        var ports = FreePorts.Take(2);
        standalone = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ports[0]}",
                ["Auth__DevelopmentKey"] = ApiHost.DevelopmentKey,
            },
            ports[0]);
        customHandler = await AppProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["WEBSITE_AUTH_ENABLED"] = "True",
            },
            ports[1]);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { standalone, customHandler })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Standalone_app_accepts_a_development_token_and_answers_problems()
    {
        using var http = new HttpClient { BaseAddress = standalone!.BaseAddress };
        var token = DevelopmentTokens.Issue(ApiWorld.Counsellor, DateTimeOffset.UtcNow.AddHours(1), Convert.FromBase64String(ApiHost.DevelopmentKey));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var signedIn = await http.SendAsync(me);
        using var anonymous = await http.GetAsync(new Uri("/api/operations/orchestrations", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri("/api/nichts", UriKind.Relative));
        using var openApi = await http.GetAsync(new Uri("/api/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("awo", (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organisationId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(["Authorization"], (await ProblemBody.ReadAsync(anonymous)).Fields);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["path"], (await ProblemBody.ReadAsync(unknown)).Fields);
        var paths = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync()).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/sessions/{sessionId}/cases/{caseNumber}/assessment", out _));
        Assert.False(paths.TryGetProperty("/ProbeQueue", out _));
    }

    [Fact]
    public async Task Behind_the_Functions_host_the_App_Service_principal_signs_in_and_tokens_do_not()
    {
        using var http = new HttpClient { BaseAddress = customHandler!.BaseAddress };
        var principal = JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = new object[] { new { typ = "preferred_username", val = "geschaeftsstelle@kreis-unna.example" }, new { typ = "roles", val = "Secretariat" } },
        });
        using var withPrincipal = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        withPrincipal.Headers.Add(ClientPrincipal.HeaderName, Convert.ToBase64String(Encoding.UTF8.GetBytes(principal)));
        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        withToken.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Issue(ApiWorld.Secretariat, DateTimeOffset.UtcNow.AddHours(1), Convert.FromBase64String(ApiHost.DevelopmentKey)));

        using var signedIn = await http.SendAsync(withPrincipal);
        using var refused = await http.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var me = await signedIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Secretariat", "kreis-unna"), (me.GetProperty("role").GetString(), me.GetProperty("committeeId").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
