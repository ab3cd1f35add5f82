using Bleiberecht.Functions.Standalone;
using Bleiberecht.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// Registers the function host shell: storage (reads <c>AzureWebJobsStorage</c> now, so a bad setting fails at start-up),
/// each source's services, catalog, options, invoker, the handlers of the catalog and, in standalone mode, the triggers.
/// </summary>
internal static class FunctionHostServiceCollectionExtensions
{
    public static IServiceCollection AddFunctionHost(this IServiceCollection services, IConfiguration configuration, HostMode mode, FunctionCatalog catalog, IEnumerable<IFunctionSource> sources)
    {
        services.AddBleiberechtStorage(configuration);
        foreach (var source in sources)
        {
            source.ConfigureServices(services, configuration);
        }

        var options = ReadOptions(configuration, catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton(new RunningMode(mode));
        services.AddSingleton(options);
        services.AddSingleton<FunctionInvoker>();
        foreach (var handler in catalog.Functions.Select(f => f.Handler).OfType<Type>().Distinct())
        {
            services.TryAddScoped(handler);
        }

        if (mode == HostMode.Standalone)
        {
            services.AddHostedService<StandaloneTriggers>();
        }

        return services;
    }

    private static FunctionHostOptions ReadOptions(IConfiguration configuration, FunctionCatalog catalog)
    {
        FunctionHostOptions options;
        try
        {
            options = configuration.GetSection(FunctionHostOptions.Section).Get<FunctionHostOptions>() ?? new FunctionHostOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key ("Host:Queues:VisibilityTimeout") and the expected type.
            throw new InvalidConfigurationException(e.Message, e);
        }

        var problems = options.Problems(catalog).ToList();
        return problems.Count == 0 ? options : throw new InvalidConfigurationException(string.Join("; ", problems));
    }
}
