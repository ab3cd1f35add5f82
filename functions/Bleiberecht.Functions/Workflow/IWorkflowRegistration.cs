using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Workflow;

/// <summary>
/// A feature's orchestrators and activities. Implementations in this assembly are discovered by reflection (like
/// <see cref="Hosting.IFunctionSource"/>) and called once when the workflow runtime is registered, in both host modes;
/// a feature plugs in its workflows by adding one class, e.g. <c>options.AddOrchestrator&lt;CaseLifecycle&gt;()</c>.
/// </summary>
internal interface IWorkflowRegistration
{
    /// <summary>Adds the feature's orchestrators and activities to <paramref name="options"/>.</summary>
    void Register(WorkflowOptions options);
}
