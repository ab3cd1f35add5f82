using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Audit;

/// <summary>A table client whose table is created on first use (once per process).</summary>
internal sealed class LazyTable(TableServiceClient tables, string name)
{
    private readonly Lock gate = new();
    private Task<TableClient>? created;

    /// <summary>The client, after the table exists.</summary>
    public Task<TableClient> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (created is null || created.IsFaulted || created.IsCanceled)
            {
                created = CreateAsync(cancellationToken);
            }

            return created;
        }
    }

    private async Task<TableClient> CreateAsync(CancellationToken cancellationToken)
    {
        var client = tables.GetTableClient(name);
        await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        return client;
    }
}
