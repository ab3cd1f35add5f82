namespace Bleiberecht.Cases.Sessions;

/// <summary>The input of the session orchestration (instance id = <paramref name="SessionId"/>).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="CommitteeId">Its committee.</param>
/// <param name="AgendaClosesAt">When its agenda closes (UTC).</param>
internal sealed record SessionLifecycleInput(string SessionId, string CommitteeId, DateTimeOffset AgendaClosesAt);
