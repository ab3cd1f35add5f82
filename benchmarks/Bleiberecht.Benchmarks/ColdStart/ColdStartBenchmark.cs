using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Testing;

namespace Bleiberecht.Benchmarks.ColdStart;

/// <summary>
/// Process start to first answered request, for our app (custom-handler mode, as the Functions host starts it)
/// next to an empty ASP.NET Core app published and started the same way. Goal: ours ≤ 1.5 × the empty app.
/// </summary>
internal sealed class ColdStartBenchmark : IBenchmarkCommand
{
    public string Name => "coldstart";

    public string Description => "process start to first answered request: our app vs an empty ASP.NET Core app (--runs N, default 15)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var runs = arguments.Count >= 2 && arguments[0] == "--runs" ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 15;
        var output = Path.Combine(RepoPaths.Root, "artifacts", "coldstart");
        var ours = await PublishAsync("functions/Bleiberecht.Functions", Path.Combine(output, "app"), cancellationToken);
        var empty = await PublishAsync("benchmarks/Bleiberecht.EmptyApp", Path.Combine(output, "empty"), cancellationToken);

        await using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var appEnvironment = new Dictionary<string, string> { ["AzureWebJobsStorage"] = azurite.ConnectionString };

        var emptyTimes = new List<double>();
        var ourTimes = new List<double>();
        for (var i = 0; i < runs + 1; i++)
        {
            // Interleaved, so that machine noise hits both alike; the first pair warms the disk cache and is dropped.
            var e = await MeasureAsync(Path.Combine(empty, "Bleiberecht.EmptyApp"), new Dictionary<string, string>(), cancellationToken);
            var o = await MeasureAsync(Path.Combine(ours, "Bleiberecht.Functions"), appEnvironment, cancellationToken);
            if (i > 0)
            {
                emptyTimes.Add(e);
                ourTimes.Add(o);
            }
        }

        var ratio = Median(ourTimes) / Median(emptyTimes);
        Console.WriteLine();
        Console.WriteLine($"Cold start, process start → first answered GET /api/health, {runs} runs each, self-contained linux-x64, custom-handler mode ({Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine("| app | median ms | p90 ms | min ms |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("empty ASP.NET Core app", emptyTimes));
        Console.WriteLine(Row("Bleiberecht.Functions", ourTimes));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio (median): {ratio:0.00} × the empty app (goal ≤ 1.5)"));
        return 0;
    }

    private static string Row(string name, List<double> times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {Median(times):0} | {Percentile(times, 0.9):0} | {times.Min():0} |");

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];
    }

    private static async Task<string> PublishAsync(string project, string output, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output, "--nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        Console.Error.WriteLine($"publishing {project} …");
        using var process = Process.Start(info)!;
        var log = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"dotnet publish {project} failed:\n{log}");
    }

    private static async Task<double> MeasureAsync(string executable, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreePorts.Take(1)[0];
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        info.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var url = new Uri($"http://127.0.0.1:{port}/api/health");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    using var response = await http.GetAsync(url, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return clock.Elapsed.TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{executable} exited with {process.ExitCode} before answering.");
                }

                await Task.Delay(2, cancellationToken);
            }

            throw new TimeoutException($"{executable} did not answer within 30 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}
