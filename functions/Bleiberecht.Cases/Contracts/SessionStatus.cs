namespace Bleiberecht.Cases.Contracts;

/// <summary>Where a session stands.</summary>
public enum SessionStatus
{
    /// <summary>Planned; its agenda is open (cases can still be scheduled).</summary>
    Planned,

    /// <summary>The agenda closed at the deadline; invitations, agenda and dossiers went out.</summary>
    AgendaClosed,

    /// <summary>The secretariat concluded it: minutes generated, undecided cases carried over.</summary>
    Concluded,

    /// <summary>Cancelled before it was held; its cases went back to waiting.</summary>
    Cancelled,
}
