namespace Bleiberecht.Cases.Contracts;

/// <summary>One agenda entry of a session.</summary>
/// <param name="CaseNumber">The case (its number is the pseudonymous reference on the agenda).</param>
/// <param name="Position">1-based position on the agenda.</param>
/// <param name="State">The case's state in this session.</param>
public sealed record SessionCase(string CaseNumber, int Position, SessionCaseState State);
