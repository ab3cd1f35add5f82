using System.Diagnostics;
using Bleiberecht.Pdf.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Bleiberecht.Pdf.Tests;

/// <summary>
/// The fuzz/robustness suite: seeded mutations of every fixture plus the hand-made hostile files. Each case ends in a
/// result or our typed error within 2 s, nothing else escapes, and the suite adds less than 300 MB to the process.
/// </summary>
[Collection(TimedCollection.Name)]
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const long MemoryCeiling = 300L * 1024 * 1024;

    [Fact]
    public void Short_fuzz_run_200_cases_ends_in_results_or_typed_errors()
    {
        RunSuite(200, seed: 20260301);
    }

    [Fact]
    [Trait("Category", "Long")]
    public void Full_fuzz_run_1200_cases_ends_in_results_or_typed_errors()
    {
        RunSuite(1200, seed: 42);
    }

    [Fact]
    public void Random_bytes_after_a_pdf_header_never_raise_anything_but_the_typed_error()
    {
        var bytes = Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf();
        var property = Prop.ForAll(Arb.From(bytes), (byte[] body) =>
        {
            byte[] input = [.. "%PDF-1.7\n"u8, .. body];
            return FuzzHarness.Run(input, FuzzHarness.Options).Unexpected is null;
        });

        Check.QuickThrowOnFailure(property);
    }

    private void RunSuite(int count, int seed)
    {
        var seeds = Fixtures.AllPdfs.Select(n => (n, Fixtures.Read(n))).ToList();
        var cases = HostileFiles.All.Select(h => ($"hostile: {h.Name}", h.Build()))
            .Concat(FuzzHarness.Mutations(seeds, count - HostileFiles.All.Count, seed))
            .ToList();
        var slowest = TimeSpan.Zero;
        var slowestName = "";
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        // Memory is sampled during the suite only, so that other tests in this process (the writer's too) do not count.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(5);
            }
        });
        foreach (var (name, bytes) in cases)
        {
            var outcome = FuzzHarness.Run(bytes, FuzzHarness.Options);
            if (outcome.Elapsed > slowest)
            {
                (slowest, slowestName) = (outcome.Elapsed, name);
            }

            var key = outcome.Error?.ToString() ?? (outcome.Unexpected is null ? "result" : "UNEXPECTED");
            errors[key] = errors.GetValueOrDefault(key) + 1;
            if (outcome.Unexpected is not null)
            {
                failures.Add($"{name}: {outcome.Unexpected.GetType().Name}: {outcome.Unexpected.Message}");
            }

            if (outcome.Elapsed > TimeSpan.FromSeconds(2))
            {
                failures.Add($"{name}: took {outcome.Elapsed.TotalSeconds:0.00} s");
            }
        }

        sampling.Cancel();
        sampler.Wait();
        output.WriteLine($"{cases.Count} cases; slowest {slowest.TotalMilliseconds:0} ms ({slowestName}); working set {baseline / (1024 * 1024)} MB before, peak {peak / (1024 * 1024)} MB during the suite");
        output.WriteLine(string.Join(", ", errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key}: {e.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        // The suite shares its process with the other tests (and, in a --long run, with the 1,200-case run before it, whose
        // working set the OS need not give back): what the suite itself adds is held to the ceiling.
        Assert.True(peak - baseline < MemoryCeiling, $"peak working set {peak / (1024 * 1024)} MB, {(peak - baseline) / (1024 * 1024)} MB above the {baseline / (1024 * 1024)} MB before the suite");
    }
}
