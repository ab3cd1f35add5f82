using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Workflow;

/// <summary>Orchestrator and activity types by name; instances are created per use from the service provider.</summary>
internal sealed class WorkflowRegistry
{
    private readonly Dictionary<string, Type> orchestrators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> activities = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Type> Orchestrators => orchestrators;

    public IReadOnlyDictionary<string, Type> Activities => activities;

    public void AddOrchestrator(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!orchestrators.TryAdd(name, type))
        {
            throw new ArgumentException($"An orchestrator named '{name}' is already registered.", nameof(name));
        }
    }

    public void AddActivity(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!activities.TryAdd(name, type))
        {
            throw new ArgumentException($"An activity named '{name}' is already registered.", nameof(name));
        }
    }

    public ITaskOrchestrator? CreateOrchestrator(string name, IServiceProvider services) =>
        orchestrators.TryGetValue(name, out var type) ? (ITaskOrchestrator)ActivatorUtilities.CreateInstance(services, type) : null;

    public ITaskActivity? CreateActivity(string name, IServiceProvider services) =>
        activities.TryGetValue(name, out var type) ? (ITaskActivity)ActivatorUtilities.CreateInstance(services, type) : null;
}
