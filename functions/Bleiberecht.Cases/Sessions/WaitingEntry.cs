namespace Bleiberecht.Cases.Sessions;

/// <summary>A case on the waiting list (row <c>waiting|{case}</c>): ready, but no session with an open agenda.</summary>
internal sealed record WaitingEntry(string CaseNumber, bool Urgent, DateTimeOffset ReadySince);
