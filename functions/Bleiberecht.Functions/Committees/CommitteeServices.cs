using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Storage;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Committees;

/// <summary>
/// Registers the committees (<see cref="CommitteeCatalog"/> from <c>Committees__Directory</c>, default: the
/// <c>committees</c> folder next to the app, a copy of <c>config/committees</c>) and the document store.
/// A bad committee file stops the start naming the file and field.
/// </summary>
internal sealed class CommitteeServices : IFunctionSource
{
    public IEnumerable<FunctionDefinition> Functions { get; } = [];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var directory = configuration[KnownSettings.CommitteesDirectory.Replace("__", ":", StringComparison.Ordinal)] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "committees");
        services.AddSingleton(_ => new CommitteeCatalog(CommitteeConfigurationLoader.LoadDirectory(directory)));
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
    }
}
