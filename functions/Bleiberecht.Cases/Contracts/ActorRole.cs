namespace Bleiberecht.Cases.Contracts;

/// <summary>The roles of the people (and the system) acting on cases and sessions.</summary>
public enum ActorRole
{
    /// <summary>A registered counsellor: submits cases and sees the cases of their own organisation.</summary>
    Counsellor,

    /// <summary>The committee's secretariat: plans sessions, records assessments, sees everything but the operator's view.</summary>
    Secretariat,

    /// <summary>A committee member: the agenda and dossiers of their own sessions, only during their term.</summary>
    Member,

    /// <summary>The foreigners' authority (ABH): its notices and the assessments, never the minutes.</summary>
    ForeignersAuthority,

    /// <summary>IT operations: orchestration status, no personal data.</summary>
    Operator,

    /// <summary>The system itself (timers, orchestrations).</summary>
    System,
}
