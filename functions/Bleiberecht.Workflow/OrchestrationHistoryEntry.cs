namespace Bleiberecht.Workflow;

/// <summary>One history event, for diagnostics.</summary>
/// <param name="EventType">E.g. <c>TaskScheduled</c>, <c>TimerFired</c>.</param>
/// <param name="Timestamp">When it was recorded.</param>
/// <param name="Json">The event as stored (JSON).</param>
public sealed record OrchestrationHistoryEntry(string EventType, DateTimeOffset Timestamp, string Json);
