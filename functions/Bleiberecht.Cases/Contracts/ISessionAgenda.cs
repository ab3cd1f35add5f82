namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// The waiting list and the agendas (implemented by the session side, called by the case orchestration's activities).
/// </summary>
public interface ISessionAgenda
{
    /// <summary>
    /// A case became ready (admissible, or deferred): put it on the next session whose agenda is open (regular; urgent
    /// cases also ad hoc), or on the waiting list until one is planned. Returns the session id, or null when waiting.
    /// Idempotent per case.
    /// </summary>
    Task<string?> EnqueueAsync(string committeeId, string caseNumber, bool urgent, CancellationToken cancellationToken = default);

    /// <summary>The case left the process (withdrawn, revoked, not admissible): take it off the waiting list and open agendas.</summary>
    Task RemoveAsync(string committeeId, string caseNumber, CancellationToken cancellationToken = default);
}
