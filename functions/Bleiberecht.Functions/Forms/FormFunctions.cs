using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The counsellors' HTML form under <c>/api/antrag</c> (served through the catch-all HTTP function, so no function of
/// its own) and the antiforgery protection of its posts, whose key ring is shared by all instances in blob storage.
/// </summary>
internal sealed class FormFunctions : IFunctionSource
{
    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "bf-antiforgery";

    /// <summary>The data-protection application name: all instances share one key ring under it.</summary>
    public const string DataProtectionApplicationName = "bleiberecht-functions";

    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DataProtectionKeyRing>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSubmissionForm();
}
