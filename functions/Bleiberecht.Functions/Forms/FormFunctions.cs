using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The counsellors' HTML form under <c>/api/antrag</c> (served through the catch-all HTTP function, so no function of
/// its own) and the antiforgery protection of its posts.
/// </summary>
internal sealed class FormFunctions : IFunctionSource
{
    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "bf-antiforgery";

    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSubmissionForm();
}
