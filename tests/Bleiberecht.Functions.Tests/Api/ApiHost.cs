using System.Net.Http.Headers;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Api;
using Bleiberecht.Functions.Auth;
using Bleiberecht.Functions.Tests.Api.Fakes;
using Bleiberecht.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>
/// The API as the app composes it (the same <see cref="AuthServices"/> and <see cref="ApiFunctions"/> sources) on a real
/// Kestrel port, with the domain services faked in memory (the real ones are built in parallel) and a manual clock.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public static readonly string DevelopmentKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    private readonly WebApplication app;

    private ApiHost(WebApplication app, ApiWorld world, ManualTimeProvider clock, Uri baseAddress)
    {
        this.app = app;
        World = world;
        Clock = clock;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public ApiWorld World { get; }

    public ManualTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static CommitteeCatalog Committees { get; } =
        new(CommitteeConfigurationLoader.LoadDirectory(Path.Combine(RepoPaths.Root, "config", "committees")));

    /// <summary>Starts the API; <paramref name="settings"/> default to Development mode with <see cref="DevelopmentKey"/>.</summary>
    public static async Task<ApiHost> StartAsync(DateTimeOffset? now = null, Dictionary<string, string?>? settings = null)
    {
        var clock = new ManualTimeProvider(now ?? ApiWorld.Now);
        var world = new ApiWorld(Committees, clock);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "Development",
            ["Auth:DevelopmentKey"] = DevelopmentKey,
        });
        var services = builder.Services;
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Committees);
        new AuthServices().ConfigureServices(services, builder.Configuration);
        var api = new ApiFunctions();
        api.ConfigureServices(services, builder.Configuration);
        services.AddSingleton<ICaseIntake>(world.Intake);
        services.AddSingleton<ICaseService>(world.Cases);
        services.AddSingleton<ISessionService>(world.Sessions);
        services.AddSingleton<IDocumentStore>(world.Documents);
        services.AddSingleton<IStatistics>(world.Statistics);
        services.AddSingleton<IOrchestrationMonitor>(world.Orchestrations);
        var app = builder.Build();
        api.MapEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(app, world, clock, new Uri(address));
    }

    /// <summary>A development token for <paramref name="actor"/>, valid for 8 hours of the host's clock.</summary>
    public string TokenFor(Actor actor) => DevelopmentTokens.Issue(actor, Clock.GetUtcNow().AddHours(8), Convert.FromBase64String(DevelopmentKey));

    /// <summary>Sends <paramref name="request"/> as <paramref name="actor"/> (bearer token; null: anonymous).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Actor? actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (actor is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(actor));
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, Actor? actor) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path), actor);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
