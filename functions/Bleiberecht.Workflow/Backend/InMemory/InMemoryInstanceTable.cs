using System.Runtime.CompilerServices;

namespace Bleiberecht.Workflow.Backend.InMemory;

/// <summary>An in-process instance table with entity-group-transaction and ETag semantics (tests, benchmarks).</summary>
internal sealed class InMemoryInstanceTable : IInstanceTable
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, SortedDictionary<string, StoredRow>> partitions = new(StringComparer.Ordinal);
    private long version;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<StoredRow>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<StoredRow> rows = partitions.TryGetValue(partitionKey, out var p) ? p.Values.ToArray() : [];
            return Task.FromResult(rows);
        }
    }

    public Task<StoredRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(partitions.TryGetValue(partitionKey, out var p) && p.TryGetValue(rowKey, out var row) ? row : null);
        }
    }

    public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowOperation> operations, CancellationToken cancellationToken = default)
    {
        if (operations.Count is 0 or > 100)
        {
            throw new ArgumentException("A transaction has 1 to 100 operations.", nameof(operations));
        }

        lock (gate)
        {
            partitions.TryGetValue(partitionKey, out var partition);
            foreach (var op in operations)
            {
                StoredRow? existing = null;
                partition?.TryGetValue(op.RowKey, out existing);
                var ok = op.Kind switch
                {
                    RowOperationKind.Add => existing is null,
                    RowOperationKind.Replace => existing is not null && (op.IfMatch is null or "*" || op.IfMatch == existing.ETag),
                    RowOperationKind.Delete => existing is not null && (op.IfMatch is null or "*" || op.IfMatch == existing.ETag),
                    _ => false,
                };
                if (!ok)
                {
                    throw new ConcurrencyConflictException($"{op.Kind} of row '{op.RowKey}' in partition '{partitionKey}' conflicted.");
                }
            }

            if (partition is null)
            {
                partitions[partitionKey] = partition = new SortedDictionary<string, StoredRow>(StringComparer.Ordinal);
            }

            var etags = new List<string?>();
            foreach (var op in operations)
            {
                if (op.Kind == RowOperationKind.Delete)
                {
                    partition.Remove(op.RowKey);
                    etags.Add(null);
                }
                else
                {
                    var etag = $"W/\"{++version}\"";
                    partition[op.RowKey] = new StoredRow(partitionKey, op.RowKey, new Dictionary<string, object?>(op.Properties!), etag);
                    etags.Add(etag);
                }
            }

            if (partition.Count == 0)
            {
                partitions.Remove(partitionKey);
            }

            return Task.FromResult<IReadOnlyList<string?>>(etags);
        }
    }

    public async IAsyncEnumerable<StoredRow> QueryStatesAsync(InstanceFilter filter, string? afterInstanceId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StoredRow[] states;
        lock (gate)
        {
            states = partitions
                .Where(p => afterInstanceId is null || string.CompareOrdinal(p.Key, afterInstanceId) > 0)
                .Where(p => filter.InstanceIdPrefix is null || p.Key.StartsWith(filter.InstanceIdPrefix, StringComparison.Ordinal))
                .Select(p => p.Value.GetValueOrDefault(Engine.InstanceRows.StateRowKey))
                .OfType<StoredRow>()
                .Where(row => Engine.InstanceRows.MatchesFilter(row, filter))
                .ToArray();
        }

        foreach (var row in states)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
