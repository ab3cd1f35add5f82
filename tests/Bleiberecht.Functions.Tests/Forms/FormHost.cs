using System.Net;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Functions.Forms;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>
/// The form as the app serves it — its <see cref="FormFunctions"/> source (services and endpoints) on Kestrel on a free
/// port — with the stand-ins of tasks C and D: <see cref="FakeCaseIntake"/>, <see cref="FakeCaseService"/> and
/// <see cref="TestAuthenticationHandler"/>. Shared by the tests of a class.
/// </summary>
public sealed class FormHost : IAsyncLifetime
{
    /// <summary>The counsellor the tests sign in as (AWO, Dortmund).</summary>
    internal static readonly Actor Counsellor = new(ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "dortmund", "awo");

    private WebApplication? app;

    internal ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    internal FakeCaseIntake Intake { get; private set; } = null!;

    internal FakeCaseService Cases { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Intake = new FakeCaseIntake(Clock);
        var port = FreePorts.Take(1)[0];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new RunningMode(HostMode.Standalone));
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<ICaseIntake>(Intake);
        builder.Services.AddSingleton<ICaseService>(Cases);
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
        var source = FunctionCatalog.Sources.OfType<FormFunctions>().Single();
        source.ConfigureServices(builder.Services, builder.Configuration);
        app = builder.Build();
        source.MapEndpoints(app);
        await app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>A client with its own cookie jar, signed in as <paramref name="actor"/> (or anonymous).</summary>
    internal HttpClient Client(Actor? actor = null)
    {
        var cookies = new CookieContainer();
        if (actor is not null)
        {
            cookies.Add(BaseAddress, new Cookie(TestAuthenticationHandler.CookieName, TestAuthenticationHandler.CookieValue(actor)));
        }

#pragma warning disable CA2000 // The client owns and disposes the handler.
        // A request with Expect: 100-continue waits for the server's answer instead of sending the body after 1 s.
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseAddress };
#pragma warning restore CA2000
    }
}
