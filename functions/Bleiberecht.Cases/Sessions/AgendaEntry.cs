using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Sessions;

/// <summary>A case on a session's agenda (row <c>agenda|{session}|{case}</c>): case number, position, state; no texts.</summary>
internal sealed record AgendaEntry
{
    public required string SessionId { get; init; }

    public required string CaseNumber { get; init; }

    public required int Position { get; init; }

    public required SessionCaseState State { get; init; }

    public required bool Urgent { get; init; }

    /// <summary>The recommendation category once assessed (the text goes to the case only).</summary>
    public Recommendation? Recommendation { get; init; }

    /// <summary>True once the case was told its agenda closed (the activity skips it when repeated).</summary>
    public bool AgendaClosedSent { get; init; }

    /// <summary>True when the session ended without a decision on the case (carried over to a later session).</summary>
    public bool CarriedOver { get; init; }

    /// <summary>True once the case was told it is carried over / goes back to waiting.</summary>
    public bool ReturnSent { get; init; }

    /// <summary>States in which the case is still held by the session.</summary>
    public bool IsActive => State is SessionCaseState.Scheduled or SessionCaseState.OnAgenda;
}
