using Bleiberecht.Functions.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace Bleiberecht.Functions.Auth;

/// <summary>
/// Registers authentication: the settings (checked at start-up, exit code 3 naming the setting), the people directory
/// and the scheme of the mode (<see cref="AuthMode"/>). ASP.NET Core then authenticates every request; the API's access
/// filter decides.
/// </summary>
internal sealed class AuthServices : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var settings = AuthSettings.FromConfiguration(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<AppServicePrincipalMapper>();
        services.AddAuthentication(settings.Mode == AuthMode.AppService ? AuthSchemes.AppService : AuthSchemes.Development)
            .AddScheme<AuthenticationSchemeOptions, AppServiceAuthenticationHandler>(AuthSchemes.AppService, _ => { })
            .AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(AuthSchemes.Development, _ => { });
    }
}
