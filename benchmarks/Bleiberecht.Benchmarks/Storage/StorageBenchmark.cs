using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Storage;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Tables;
using Bleiberecht.Testing;

namespace Bleiberecht.Benchmarks.Storage;

/// <summary>
/// <c>./bf bench storage [--iterations N] [--blob-iterations N] [--blocks N]</c>: our storage clients and the official
/// Azure SDK for JavaScript against one private Azurite, the same operations with one request in flight. Each
/// operation runs in short blocks that alternate between the two SDKs (who goes first alternates too), so load
/// from other processes hits both alike. Prints a Markdown table of operations per second and ours / JS SDK.
/// </summary>
internal sealed class StorageBenchmark : IBenchmarkCommand
{
    public string Name => "storage";

    public string Description => "storage clients vs the official JS SDK on one Azurite (ops/s, ratios)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var iterations = Option(arguments, "--iterations", 300);
        var blobIterations = Option(arguments, "--blob-iterations", 30);
        var blocks = Option(arguments, "--blocks", 20);
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            Console.Error.WriteLine($"Azurite on {azurite.TableEndpoint.Authority}; {iterations} iterations ({blobIterations} for blobs) per SDK in {blocks} alternating blocks, one request in flight.");
            await using var js = await JavaScriptSdkRunner.StartAsync(azurite.ConnectionString, blobIterations);
            var ours = await OurOperations.CreateAsync(azurite.ConnectionString, blobIterations, cancellationToken);
            Console.WriteLine("| operation | ours (ops/s) | JS SDK (ops/s) | ours / JS |");
            Console.WriteLine("|---|---:|---:|---:|");
            var worst = double.MaxValue;
            foreach (var (operation, count) in Plan(iterations, blobIterations))
            {
                var run = ours.Operations[operation];
                var warmUp = Math.Max(3, count / 10);
                await js.RunAsync(operation, -warmUp, warmUp);
                await TimeAsync(run, -warmUp, warmUp);
                TimeSpan jsTime = default, ourTime = default;
                var perBlock = Math.Max(1, count / blocks);
                for (var start = 0; start < count; start += perBlock)
                {
                    var n = Math.Min(perBlock, count - start);
                    if ((start / perBlock) % 2 == 0)
                    {
                        jsTime += await js.RunAsync(operation, start, n);
                        ourTime += await TimeAsync(run, start, n);
                    }
                    else
                    {
                        ourTime += await TimeAsync(run, start, n);
                        jsTime += await js.RunAsync(operation, start, n);
                    }
                }

                double ourRate = count / ourTime.TotalSeconds, jsRate = count / jsTime.TotalSeconds, ratio = ourRate / jsRate;
                worst = Math.Min(worst, ratio);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {operation} | {ourRate:F1} | {jsRate:F1} | {ratio:F2} |"));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lowest ratio: {worst:F2} (goal: >= 1.00)"));
            return 0;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static IEnumerable<(string Operation, int Count)> Plan(int iterations, int blobIterations) =>
    [
        ("table insert", iterations),
        ("table point read", iterations),
        ("table batch (100 entities)", Math.Max(10, iterations / 20)),
        ("table query page (100 of 1,000)", Math.Max(10, iterations / 5)),
        ("queue send+receive+delete", iterations),
        ("blob upload 1 MiB", blobIterations),
        ("blob download 1 MiB", blobIterations),
    ];

    private static async Task<TimeSpan> TimeAsync(Func<int, Task> run, int start, int count)
    {
        var watch = Stopwatch.StartNew();
        for (var i = start; i < start + count; i++)
        {
            await run(i);
        }

        return watch.Elapsed;
    }

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
}
