namespace Bleiberecht.Cases.Contracts;

/// <summary>Where a case stands in its lifecycle.</summary>
public enum CaseStatus
{
    /// <summary>Registered; documents are being read.</summary>
    Received,

    /// <summary>Consent or required fields missing; the counsellor was asked.</summary>
    Incomplete,

    /// <summary>Admissible, waiting for a session whose agenda is open (or for one to be planned).</summary>
    Waiting,

    /// <summary>Assigned to a session whose agenda is still open.</summary>
    Scheduled,

    /// <summary>On the closed agenda of a session: invitations and dossiers went out.</summary>
    OnAgenda,

    /// <summary>Ended; see <see cref="CaseOutcome"/>.</summary>
    Closed,
}
