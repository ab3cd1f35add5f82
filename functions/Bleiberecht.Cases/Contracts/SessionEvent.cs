namespace Bleiberecht.Cases.Contracts;

/// <summary>The one external event of the session orchestration (<see cref="CaseWorkflow.SessionEventName"/>).</summary>
public sealed record SessionEvent
{
    /// <summary>What happened.</summary>
    public required SessionEventKind Kind { get; init; }

    /// <summary>Who did it.</summary>
    public required Actor Actor { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The conclusion (<see cref="SessionEventKind.Concluded"/>).</summary>
    public SessionConclusion? Conclusion { get; init; }
}
