using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>A state change to record: the new progress and the audit line (entry id deterministic per orchestration step).</summary>
internal sealed record CaseStateChange(
    CaseLifecycleInput Case,
    CaseProgress Progress,
    string EntryId,
    DateTimeOffset At,
    ActorRole ActorRole,
    string ActorSubject,
    string Action,
    string? Detail = null);
