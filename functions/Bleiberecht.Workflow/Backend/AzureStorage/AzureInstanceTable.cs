using System.Runtime.CompilerServices;
using Azure;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Workflow.Engine;

namespace Bleiberecht.Workflow.Backend.AzureStorage;

/// <summary>The instance table on Azure Table storage (entity group transactions, ETags).</summary>
internal sealed class AzureInstanceTable(TableClient table) : IInstanceTable
{
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredRow>> QueryPartitionAsync(string partitionKey, CancellationToken cancellationToken = default)
    {
        var rows = new List<StoredRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ToRow(entity));
        }

        return rows;
    }

    public async Task<StoredRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToRow(response.Value!) : null;
    }

    public async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowOperation> operations, CancellationToken cancellationToken = default)
    {
        var actions = operations.Select(op =>
        {
            var entity = new TableEntity(partitionKey, op.RowKey);
            foreach (var (name, value) in op.Properties ?? new Dictionary<string, object?>())
            {
                if (value is not null)
                {
                    entity[name] = value;
                }
            }

            var etag = op.IfMatch is null or "*" ? ETag.All : new ETag(op.IfMatch);
            return op.Kind switch
            {
                RowOperationKind.Add => new TableTransactionAction(TableTransactionActionType.Add, entity),
                RowOperationKind.Replace => new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, etag),
                _ => new TableTransactionAction(TableTransactionActionType.Delete, entity, etag),
            };
        }).ToArray();
        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return response.Value.Select(r => r.Headers.ETag?.ToString()).ToArray();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            throw new ConcurrencyConflictException($"A transaction on partition '{partitionKey}' conflicted: {e.ErrorCode}.", e);
        }
    }

    public async IAsyncEnumerable<StoredRow> QueryStatesAsync(InstanceFilter filter, string? afterInstanceId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var parts = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {InstanceRows.StateRowKey}") };
        if (afterInstanceId is not null)
        {
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey gt {afterInstanceId}"));
        }

        if (filter.InstanceIdPrefix is { Length: > 0 } prefix)
        {
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey ge {prefix}"));
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey lt {upper}"));
        }

        if (filter.CreatedFrom is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (filter.CreatedTo is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt le {to}"));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}"))) + ")");
        }

        await foreach (var entity in table.QueryAsync<TableEntity>(string.Join(" and ", parts), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ToRow(entity);
        }
    }

    private static StoredRow ToRow(TableEntity entity)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entity)
        {
            if (name is not (nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp)) && !name.StartsWith("odata.", StringComparison.Ordinal))
            {
                properties[name] = value is BinaryData data ? data.ToArray() : value;
            }
        }

        return new StoredRow(entity.PartitionKey, entity.RowKey, properties, entity.ETag.ToString() ?? string.Empty);
    }
}
