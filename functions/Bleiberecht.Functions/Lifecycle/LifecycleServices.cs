using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Lifecycle;

/// <summary>Registers the case lifecycle's services (case service, audit trail, statistics, case mailer).</summary>
internal sealed class LifecycleServices : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddCaseLifecycle();
}
