using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.Engine;
using Bleiberecht.Workflow.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bleiberecht.Workflow;

/// <summary>Registers the workflow runtime.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WorkflowClient"/>, <see cref="WorkflowWorker"/>, the orchestrators and activities named in
    /// <paramref name="configure"/>, and (unless disabled) the standalone dispatcher as a hosted service.
    /// Storage comes from Bleiberecht.Storage's registrations; time from a registered <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddBleiberechtWorkflow(this IServiceCollection services, Action<WorkflowOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new WorkflowOptions();
        configure(options);
        if (options.TaskHubName is not { Length: >= 1 and <= 40 } hub || !char.IsAsciiLetter(hub[0]) || !hub.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"The task hub name '{options.TaskHubName}' must be 1 to 40 letters and digits starting with a letter (it prefixes table, queue and container names).",
                nameof(configure));
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => WorkflowBackendFactory.Create(sp, options));
        services.TryAddSingleton(sp => new WorkSignals(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<WorkflowBackend>(),
            options,
            sp,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            sp.GetRequiredService<WorkSignals>()));
        services.TryAddSingleton(sp => new WorkflowClient(sp.GetRequiredService<WorkflowRuntime>()));
        services.TryAddSingleton(sp => new WorkflowWorker(sp.GetRequiredService<WorkflowRuntime>()));
        if (options.EnableStandaloneDispatcher)
        {
            services.AddSingleton<IHostedService>(sp => new WorkflowDispatcher(sp.GetRequiredService<WorkflowRuntime>(), sp.GetRequiredService<WorkflowWorker>()));
        }

        return services;
    }
}
