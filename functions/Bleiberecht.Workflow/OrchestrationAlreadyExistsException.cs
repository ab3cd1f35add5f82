namespace Bleiberecht.Workflow;

/// <summary>Scheduling an instance whose id is taken by a pending, running or suspended instance.</summary>
public sealed class OrchestrationAlreadyExistsException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
        : base($"An orchestration instance with id '{instanceId}' already exists and is {status}; it is not replaced.")
    {
        InstanceId = instanceId;
        Status = status;
    }

    /// <summary>Creates the exception.</summary>
    public OrchestrationAlreadyExistsException()
    {
        InstanceId = "";
    }

    /// <summary>Creates the exception.</summary>
    public OrchestrationAlreadyExistsException(string message)
        : base(message)
    {
        InstanceId = "";
    }

    /// <summary>Creates the exception.</summary>
    public OrchestrationAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = "";
    }

    /// <summary>The instance id.</summary>
    public string InstanceId { get; }

    /// <summary>The existing instance's status.</summary>
    public OrchestrationRuntimeStatus Status { get; }
}
