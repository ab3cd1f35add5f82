namespace Bleiberecht.Workflow.History;

/// <summary>The outcome of a scheduled step (activity, timer, sub-orchestration).</summary>
internal interface ITaskResultEvent
{
    int TaskId { get; }
}
