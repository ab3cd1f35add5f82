namespace Bleiberecht.Cases.Contracts;

/// <summary>The audit trail in Table storage (table <c>audit</c>, partition = subject): append-only, kept after the purge.</summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry. Idempotent per <paramref name="entryId"/> (activities may run twice).</summary>
    Task AppendAsync(AuditEntry entry, string? entryId = null, CancellationToken cancellationToken = default);

    /// <summary>The entries of a case or session, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken = default);
}
