using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>An in-memory audit trail (task A implements the table-backed one), idempotent per entry id.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly Lock gate = new();
    private readonly List<AuditEntry> entries = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public Task AppendAsync(AuditEntry entry, string? entryId = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (entryId is null || ids.Add(entryId))
            {
                entries.Add(entry);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>(entries.Where(e => e.Subject == subject).ToArray());
        }
    }
}
