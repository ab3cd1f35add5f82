using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Engine;

/// <summary>
/// An instance partition as read (or as cached after this process's last commit): state, the current execution's
/// history (stored form), unsent outbox rows, and the row keys of history rows (current and stale executions).
/// </summary>
internal sealed record LoadedInstance(
    InstanceState? State,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<StoredRow> OutboxRows,
    IReadOnlyList<string> StaleRowKeys,
    IReadOnlyList<string> HistoryRowKeys)
{
    public static LoadedInstance From(IReadOnlyList<StoredRow> rows)
    {
        var stateRow = rows.FirstOrDefault(r => r.RowKey == InstanceRows.StateRowKey);
        var state = stateRow is null ? null : InstanceRows.ReadState(stateRow);
        var prefix = state is null ? null : InstanceRows.HistoryPrefix(state.ExecutionId);
        var history = new List<StoredRow>();
        var outbox = new List<StoredRow>();
        var stale = new List<string>();
        foreach (var row in rows)
        {
            if (row.RowKey.StartsWith(InstanceRows.OutboxPrefix, StringComparison.Ordinal))
            {
                outbox.Add(row);
            }
            else if (prefix is not null && row.RowKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                history.Add(row);
            }
            else if (row.RowKey.StartsWith("h-", StringComparison.Ordinal))
            {
                stale.Add(row.RowKey);
            }
        }

        return new LoadedInstance(state, InstanceRows.ReadHistory(history), outbox, stale, history.Select(r => r.RowKey).ToArray());
    }
}
