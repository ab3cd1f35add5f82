namespace Bleiberecht.Workflow.Backend;

/// <summary>The instance table: one partition per instance, written only in entity group transactions.</summary>
internal interface IInstanceTable
{
    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredRow>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken = default);

    Task<StoredRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>Atomically applies <paramref name="operations"/> (≤ 100) to one partition.</summary>
    /// <returns>The new ETag of each written row (null for deletes), in operation order.</returns>
    /// <exception cref="ConcurrencyConflictException">A row existed on Add, or an ETag did not match.</exception>
    Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowOperation> operations, CancellationToken cancellationToken = default);

    /// <summary>State rows matching <paramref name="filter"/> in instance id order, after <paramref name="afterInstanceId"/>.</summary>
    IAsyncEnumerable<StoredRow> QueryStatesAsync(InstanceFilter filter, string? afterInstanceId, CancellationToken cancellationToken = default);
}
