using Bleiberecht.Functions.Hosting;
using Bleiberecht.Functions.Mail;

namespace Bleiberecht.Functions.Deployment;

/// <summary>
/// Plugs the deployment concerns into the host like a feature (no functions): the mail settings, checked at start-up
/// (a bad one stops the app with exit code 3), and the standalone creation of the storage resources.
/// </summary>
internal sealed class DeploymentServices : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailOptions.FromConfiguration(configuration));
        services.AddHostedService<StorageResourceInitializer>();
    }
}
