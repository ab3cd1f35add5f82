namespace Bleiberecht.Cases.Contracts;

/// <summary>What a <see cref="CaseEvent"/> tells the case orchestration.</summary>
public enum CaseEventKind
{
    /// <summary>The counsellor added documents (e.g. the missing consent); read them again.</summary>
    DocumentsAdded,

    /// <summary>The counsellor withdrew the case.</summary>
    Withdrawn,

    /// <summary>The applicant revoked the consent: stop and purge now.</summary>
    ConsentRevoked,

    /// <summary>An exclusion fact became known after submission (court procedure, asylum application).</summary>
    ExclusionReported,

    /// <summary>The case was assigned to a session whose agenda is open (<see cref="CaseEvent.SessionId"/>).</summary>
    SessionScheduled,

    /// <summary>The agenda of the case's session closed: the case is on it (invitations go out).</summary>
    AgendaClosed,

    /// <summary>The committee assessed the case (<see cref="CaseEvent.Assessment"/>).</summary>
    Assessed,

    /// <summary>The committee deferred the case, or the session ended without a decision: back to waiting.</summary>
    Deferred,
}
