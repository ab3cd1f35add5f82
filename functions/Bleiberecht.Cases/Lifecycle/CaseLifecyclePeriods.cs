namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The committee's case periods as the orchestration uses them.</summary>
internal sealed record CaseLifecyclePeriods(TimeSpan ReminderAfter, TimeSpan IncompleteAfter, TimeSpan RetentionAfterClosing);
