namespace Bleiberecht.Cases.Contracts;

/// <summary>What a <see cref="SessionEvent"/> tells the session orchestration.</summary>
public enum SessionEventKind
{
    /// <summary>The secretariat concluded the session (<see cref="SessionEvent.Conclusion"/>).</summary>
    Concluded,

    /// <summary>The secretariat cancelled the session before it was held.</summary>
    Cancelled,
}
