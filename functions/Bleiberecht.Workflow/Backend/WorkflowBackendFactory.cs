namespace Bleiberecht.Workflow.Backend;

/// <summary>Creates the Azure Storage backend from the storage registrations.</summary>
internal static class WorkflowBackendFactory
{
    public static WorkflowBackend Create(IServiceProvider services, WorkflowOptions options)
    {
        _ = services;
        _ = options;
        throw new NotSupportedException("The Azure Storage backend needs the Bleiberecht.Storage clients.");
    }
}
