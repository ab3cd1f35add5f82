namespace Bleiberecht.Workflow.Engine;

/// <summary>In-process notifications that let the standalone dispatcher react at once instead of polling.</summary>
internal interface IWorkSignals
{
    /// <summary>A message was sent to the control or work queue, visible at <paramref name="visibleAt"/>.</summary>
    void MessageSent(string queue, DateTimeOffset visibleAt);

    /// <summary>An instance's state changed (for waiting clients).</summary>
    void InstanceChanged(string instanceId);
}
