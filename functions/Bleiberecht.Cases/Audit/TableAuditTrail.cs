using System.Globalization;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Audit;

/// <summary>
/// <see cref="IAuditTrail"/> on table <c>audit</c>: partition = case number or session id, row key = the entry id
/// (so appending the same entry twice keeps one row), properties = the entry's fields (no personal data).
/// </summary>
public sealed class TableAuditTrail(TableServiceClient tables) : IAuditTrail
{
    /// <summary>The table's name.</summary>
    public const string TableName = "audit";

    private readonly LazyTable table = new(tables, TableName);

    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry, string? entryId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = entryId ?? string.Create(CultureInfo.InvariantCulture, $"{entry.At.UtcTicks:D19}-{Guid.NewGuid():N}");
        var row = new TableEntity(entry.Subject, KeySafe(id))
        {
            ["At"] = entry.At,
            ["ActorRole"] = entry.ActorRole.ToString(),
            ["ActorSubject"] = entry.ActorSubject,
            ["Action"] = entry.Action,
            ["Detail"] = entry.Detail,
        };
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string subject, CancellationToken cancellationToken = default)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(AuditEntry Entry, string RowKey)>();
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subject}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add((new AuditEntry(
                subject,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                Enum.TryParse<ActorRole>(row.GetString("ActorRole"), out var role) ? role : ActorRole.System,
                row.GetString("ActorSubject") ?? "",
                row.GetString("Action") ?? "",
                row.GetString("Detail")), row.RowKey));
        }

        return rows.OrderBy(r => r.Entry.At).ThenBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.Entry).ToArray();
    }

    private static string KeySafe(string id) => string.Concat(id.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c));
}
