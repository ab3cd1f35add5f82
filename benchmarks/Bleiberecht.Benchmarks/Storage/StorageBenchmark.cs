using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Benchmarks.Storage;

/// <summary>
/// <c>./bf bench storage [--iterations N] [--blob-iterations N]</c>: our storage clients and the official Azure SDK
/// for JavaScript, side by side against one private Azurite, same operations, same sequential loop, in alternating
/// rounds. Prints a Markdown table of the median operations per second and the ratio ours / JS SDK.
/// </summary>
internal sealed class StorageBenchmark : IBenchmarkCommand
{
    public string Name => "storage";

    public string Description => "storage clients vs the official JS SDK on one Azurite (ops/s, ratios)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var iterations = Option(arguments, "--iterations", 300);
        var blobIterations = Option(arguments, "--blob-iterations", 30);
        var rounds = Option(arguments, "--rounds", 3);
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            Console.Error.WriteLine($"Azurite on {azurite.TableEndpoint.Authority}; {rounds} rounds of {iterations} iterations ({blobIterations} for blobs), sequential; median per operation.");
            var jsRounds = new List<Dictionary<string, double>>();
            var ourRounds = new List<Dictionary<string, double>>();
            for (var round = 0; round < rounds; round++)
            {
                // Alternate who goes first so a busy machine or a growing Azurite favours neither side.
                if (round % 2 == 0)
                {
                    jsRounds.Add(await RunJavaScriptAsync(azurite, iterations, blobIterations));
                    ourRounds.Add(await RunOursAsync(azurite, iterations, blobIterations, round, cancellationToken));
                }
                else
                {
                    ourRounds.Add(await RunOursAsync(azurite, iterations, blobIterations, round, cancellationToken));
                    jsRounds.Add(await RunJavaScriptAsync(azurite, iterations, blobIterations));
                }

                Console.Error.WriteLine($"round {round + 1} of {rounds} done");
            }

            var js = Median(jsRounds);
            var ours = Median(ourRounds);
            Console.WriteLine($"| operation | ours (ops/s) | JS SDK (ops/s) | ours / JS |");
            Console.WriteLine($"|---|---:|---:|---:|");
            var worst = double.MaxValue;
            foreach (var (operation, value) in ours)
            {
                var other = js.GetValueOrDefault(operation);
                var ratio = other > 0 ? value / other : double.NaN;
                worst = Math.Min(worst, ratio);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation} | {value:F1} | {other:F1} | {ratio:F2} |"));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lowest ratio: {worst:F2} (goal: >= 1.00)"));
            return 0;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static Dictionary<string, double> Median(List<Dictionary<string, double>> rounds) =>
        rounds[0].Keys.ToDictionary(
            operation => operation,
            operation =>
            {
                var values = rounds.Select(r => r[operation]).Order().ToArray();
                return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
            });

    private static int Option(IReadOnlyList<string> arguments, string name, int fallback)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return int.Parse(arguments[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }

    private static async Task<Dictionary<string, double>> RunJavaScriptAsync(AzuriteFixture azurite, int iterations, int blobIterations)
    {
        var script = Path.Combine(RepoPaths.Root, "benchmarks", "Bleiberecht.Benchmarks", "Storage", "storage-bench.mjs");
        var (exitCode, output, error) = await NodeProcess.RunAsync(
            script,
            [iterations.ToString(CultureInfo.InvariantCulture), blobIterations.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["AZURE_STORAGE_CONNECTION_STRING"] = azurite.ConnectionString },
            timeout: TimeSpan.FromMinutes(20));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("The JS SDK benchmark failed: " + error);
        }

        return JsonSerializer.Deserialize<Dictionary<string, double>>(output)!;
    }

    private static async Task<Dictionary<string, double>> RunOursAsync(AzuriteFixture azurite, int iterations, int blobIterations, int round, CancellationToken cancellationToken)
    {
        var account = StorageAccount.FromConnectionString(azurite.ConnectionString);
        var suffix = "r" + round.ToString(CultureInfo.InvariantCulture);
        var results = new Dictionary<string, double>();

        var table = account.CreateTableServiceClient().GetTableClient("netbench" + suffix);
        await table.CreateIfNotExistsAsync(cancellationToken);
        results["table insert"] = await MeasureAsync(iterations, i => table.AddEntityAsync(Entity("insert", "r" + i), cancellationToken));
        results["table point read"] = await MeasureAsync(iterations, i => table.GetEntityAsync<TableEntity>("insert", "r" + (Math.Abs(i) % iterations), cancellationToken: cancellationToken));
        var batchNo = 0;
        results["table batch (100 entities)"] = await MeasureAsync(Math.Max(5, iterations / 20), _ =>
        {
            var partition = "batch" + batchNo++;
            return table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(j => new TableTransactionAction(TableTransactionActionType.Add, Entity(partition, "r" + j))), cancellationToken);
        });
        results["table query page (100 of 1,000)"] = await MeasureAsync(Math.Max(5, iterations / 5), async _ =>
        {
            await foreach (var page in table.QueryAsync<TableEntity>("PartitionKey eq 'batch0' or PartitionKey eq 'batch1' or PartitionKey eq 'batch2'", maxPerPage: 100, cancellationToken: cancellationToken).AsPages())
            {
                if (page.Values.Count != 100)
                {
                    throw new InvalidOperationException("expected a page of 100");
                }

                break;
            }
        });

        var queue = account.CreateQueueServiceClient().GetQueueClient("netbench" + suffix);
        await queue.CreateIfNotExistsAsync(cancellationToken);
        results["queue send+receive+delete"] = await MeasureAsync(iterations, async _ =>
        {
            await queue.SendMessageAsync("{\"case\":\"BF-2026-0042\",\"step\":\"remind\"}", cancellationToken: cancellationToken);
            var message = (await queue.ReceiveMessagesAsync(1, cancellationToken: cancellationToken)).Value[0];
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        });

        var container = account.CreateBlobServiceClient().GetBlobContainerClient("netbench" + suffix);
        await container.CreateIfNotExistsAsync(cancellationToken);
        var data = new byte[1024 * 1024];
        Random.Shared.NextBytes(data);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } };
        results["blob upload 1 MiB"] = await MeasureAsync(blobIterations, i =>
            container.GetBlobClient($"up/{i}.bin").UploadAsync(new MemoryStream(data), options, cancellationToken));
        results["blob download 1 MiB"] = await MeasureAsync(blobIterations, async i =>
        {
            var body = (await container.GetBlobClient($"up/{Math.Abs(i) % blobIterations}.bin").DownloadContentAsync(cancellationToken)).Value.Content;
            if (body.ToMemory().Length != data.Length)
            {
                throw new InvalidOperationException("short download");
            }
        });

        return results;
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

    /// <summary>Warm-up (a tenth, at least 5, with negative indexes), then <paramref name="count"/> sequential calls.</summary>
    private static async Task<double> MeasureAsync(int count, Func<int, Task> action)
    {
        for (var i = 0; i < Math.Max(5, count / 10); i++)
        {
            await action(-1 - i);
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await action(i);
        }

        return count / watch.Elapsed.TotalSeconds;
    }
}
