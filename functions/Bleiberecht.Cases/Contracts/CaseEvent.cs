namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// The one external event of the case orchestration (event name <see cref="CaseWorkflow.CaseEventName"/>): everything
/// that happens to a case from outside arrives as one of these, in order, and is never lost.
/// </summary>
public sealed record CaseEvent
{
    /// <summary>What happened.</summary>
    public required CaseEventKind Kind { get; init; }

    /// <summary>Who did it (audit trail).</summary>
    public required Actor Actor { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The session concerned (scheduled, agenda closed, assessed, deferred).</summary>
    public string? SessionId { get; init; }

    /// <summary>The assessment (<see cref="CaseEventKind.Assessed"/>).</summary>
    public Assessment? Assessment { get; init; }

    /// <summary>The exclusion fact reported (<see cref="CaseEventKind.ExclusionReported"/>).</summary>
    public ExclusionFact? Exclusion { get; init; }

    /// <summary>A short free-text reason (withdrawal, deferral); stored in the case's documents, never in logs.</summary>
    public string? Reason { get; init; }
}
