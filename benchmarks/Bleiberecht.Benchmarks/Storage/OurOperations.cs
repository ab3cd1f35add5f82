using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Benchmarks.Storage;

/// <summary>The benchmark operations on our clients, mirroring storage-bench.mjs one for one.</summary>
internal sealed class OurOperations
{
    private OurOperations(Dictionary<string, Func<int, Task>> operations) => Operations = operations;

    public IReadOnlyDictionary<string, Func<int, Task>> Operations { get; }

    public static async Task<OurOperations> CreateAsync(string connectionString, int blobCount, CancellationToken cancellationToken)
    {
        var account = StorageAccount.FromConnectionString(connectionString);
        var name = "net" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = account.CreateTableServiceClient().GetTableClient(name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var queue = account.CreateQueueServiceClient().GetQueueClient(name);
        await queue.CreateIfNotExistsAsync(cancellationToken);
        var container = account.CreateBlobServiceClient().GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync(cancellationToken);
        var data = new byte[1024 * 1024];
        Random.Shared.NextBytes(data);
        var upload = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } };
        var batchNo = 0;
        string BlobName(int i) => $"up/{((i % blobCount) + blobCount) % blobCount}.bin";

        return new OurOperations(new Dictionary<string, Func<int, Task>>
        {
            ["table insert"] = i => table.AddEntityAsync(Entity("insert", "r" + i), cancellationToken),
            ["table point read"] = i => table.GetEntityAsync<TableEntity>("insert", "r" + i, cancellationToken: cancellationToken),
            ["table batch (100 entities)"] = _ =>
            {
                var partition = "batch" + batchNo++;
                return table.SubmitTransactionAsync(
                    Enumerable.Range(0, 100).Select(j => new TableTransactionAction(TableTransactionActionType.Add, Entity(partition, "r" + j))),
                    cancellationToken);
            },
            ["table query page (100 of 1,000)"] = async _ =>
            {
                await foreach (var page in table.QueryAsync<TableEntity>("PartitionKey ge 'batch0' and PartitionKey lt 'batch9'", maxPerPage: 100, cancellationToken: cancellationToken).AsPages())
                {
                    if (page.Values.Count != 100)
                    {
                        throw new InvalidOperationException("expected a page of 100");
                    }

                    break;
                }
            },
            ["queue send+receive+delete"] = async _ =>
            {
                await queue.SendMessageAsync("{\"case\":\"BF-2026-0042\",\"step\":\"remind\"}", cancellationToken: cancellationToken);
                var message = (await queue.ReceiveMessagesAsync(1, cancellationToken: cancellationToken)).Value[0];
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            },
            ["blob upload 1 MiB"] = i => container.GetBlobClient(BlobName(i)).UploadAsync(new MemoryStream(data), upload, cancellationToken),
            ["blob download 1 MiB"] = async i =>
            {
                var body = (await container.GetBlobClient(BlobName(i)).DownloadContentAsync(cancellationToken)).Value.Content;
                if (body.ToMemory().Length != data.Length)
                {
                    throw new InvalidOperationException("short download");
                }
            },
        });
    }

    private static TableEntity Entity(string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        ["CaseNumber"] = "BF-2026-0042",
        ["Counsellor"] = "Jürgen Weiß",
        ["Documents"] = 3,
        ["Bytes"] = 5_000_000_000L,
        ["ReceivedOn"] = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
        ["Urgent"] = true,
    };
}
