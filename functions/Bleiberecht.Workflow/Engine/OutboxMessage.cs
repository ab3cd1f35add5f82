namespace Bleiberecht.Workflow.Engine;

/// <summary>A message committed with a step and sent after the commit (outbox).</summary>
/// <param name="Queue">"control" or "work".</param>
/// <param name="Text">The encoded message.</param>
/// <param name="VisibleAt">When it may be processed (timers); now when null.</param>
internal sealed record OutboxMessage(string Queue, string Text, DateTimeOffset? VisibleAt = null)
{
    public const string ControlQueue = "control";
    public const string WorkQueue = "work";
}
