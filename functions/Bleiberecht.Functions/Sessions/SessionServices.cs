using Bleiberecht.Cases.Sessions;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Sessions;

/// <summary>
/// Registers the session side (<c>ISessionService</c>, <c>ISessionAgenda</c>, the session activities' services). The
/// HTTP endpoints for the secretariat come with the API; this feature has no functions of its own.
/// </summary>
internal sealed class SessionServices : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) => services.AddSessions();
}
