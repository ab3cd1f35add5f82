using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Workflow;

/// <summary>
/// Wires the durable workflow runtime into the app. Task hub: setting <c>Workflow__TaskHub</c> (default
/// <see cref="DefaultTaskHub"/>). The catalog holds two queue functions for the hub's control and work queues: in
/// custom-handler mode the Functions host delivers their messages (the runtime's own dispatcher is off); in standalone
/// mode the runtime's dispatcher polls them and the host shell starts no listener for them (one consumer per mode).
/// Orchestrators and activities come from every <see cref="IWorkflowRegistration"/> of this assembly.
/// </summary>
internal sealed class WorkflowFunctions : IFunctionSource
{
    /// <summary>The task hub the generated <c>function.json</c> files listen to.</summary>
    public const string DefaultTaskHub = "bleiberecht";

    /// <summary>The configuration key of the task hub name (environment: <c>Workflow__TaskHub</c>).</summary>
    public const string TaskHubSetting = "Workflow:TaskHub";

    public const string ControlFunctionName = "WorkflowControl";
    public const string WorkFunctionName = "WorkflowWork";

    /// <summary>Every <see cref="IWorkflowRegistration"/> of this assembly, ordered by type name.</summary>
    public static IReadOnlyList<IWorkflowRegistration> Registrations { get; } = typeof(WorkflowFunctions).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWorkflowRegistration).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IWorkflowRegistration)Activator.CreateInstance(t, nonPublic: true)!)
        .ToArray();

    public IEnumerable<FunctionDefinition> Functions { get; } =
    [
        FunctionDefinition.ForQueue<WorkflowQueueFunction>(ControlFunctionName, DefaultTaskHub + "-control") with { StandaloneTrigger = false },
        FunctionDefinition.ForQueue<WorkflowQueueFunction>(WorkFunctionName, DefaultTaskHub + "-work") with { StandaloneTrigger = false },
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var hub = configuration[TaskHubSetting] is { Length: > 0 } configured ? configured : DefaultTaskHub;
        if (hub.Length > 40 || !char.IsAsciiLetter(hub[0]) || !hub.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidConfigurationException($"Workflow__TaskHub must be 1 to 40 letters and digits starting with a letter, not '{hub}'.");
        }

        var hostMode = configuration[FunctionApp.CustomHandlerPortVariable] is { Length: > 0 };
        if (hostMode && !string.Equals(hub, DefaultTaskHub, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidConfigurationException(
                $"Workflow__TaskHub must be '{DefaultTaskHub}' in custom-handler mode: the generated function.json files listen to its queues.");
        }

        // Standalone (Azurite): create the hub's storage at start-up, registered before the runtime so that it runs before
        // the dispatcher's start. Custom-handler mode (Azure): Bicep created it, and nothing may delay the first answer.
        services.AddSingleton(sp => new TaskHubStorage(
            sp.GetRequiredService<WorkflowOptions>(),
            sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<BlobServiceClient>(),
            createResources: !hostMode));
        if (!hostMode)
        {
            services.AddHostedService(sp => sp.GetRequiredService<TaskHubStorage>());
        }

        services.AddBleiberechtWorkflow(o =>
        {
            o.TaskHubName = hub;
            o.EnableStandaloneDispatcher = !hostMode;
            if (DevClock.DevClockServices.IsEnabled(configuration))
            {
                // The development clock jumps: timer messages come back every two seconds to be checked against it.
                o.MaxTimerMessageDelay = TimeSpan.FromSeconds(2);
            }

            foreach (var registration in Registrations)
            {
                registration.Register(o);
            }
        });
    }
}
