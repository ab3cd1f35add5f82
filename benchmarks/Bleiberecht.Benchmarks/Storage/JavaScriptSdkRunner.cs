using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bleiberecht.Testing;

namespace Bleiberecht.Benchmarks.Storage;

/// <summary>Drives storage-bench.mjs (the official JS SDK) one block of an operation at a time.</summary>
internal sealed class JavaScriptSdkRunner : IAsyncDisposable
{
    private readonly Process process;

    private JavaScriptSdkRunner(Process process) => this.process = process;

    public static async Task<JavaScriptSdkRunner> StartAsync(string connectionString, int blobCount)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "benchmarks", "Bleiberecht.Benchmarks", "Storage", "storage-bench.mjs"));
        info.ArgumentList.Add(blobCount.ToString(CultureInfo.InvariantCulture));
        info.Environment["AZURE_STORAGE_CONNECTION_STRING"] = connectionString;
        var process = Process.Start(info)!;
        var ready = await process.StandardOutput.ReadLineAsync();
        if (ready != "ready")
        {
            throw new InvalidOperationException("The JS SDK benchmark did not start (see its error output above).");
        }

        return new JavaScriptSdkRunner(process);
    }

    /// <summary>Runs <paramref name="operation"/> for indexes start .. start+count-1 and returns the time it took.</summary>
    public async Task<TimeSpan> RunAsync(string operation, int start, int count)
    {
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new object[] { operation, start, count }));
        await process.StandardInput.FlushAsync();
        var line = await process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"The JS SDK benchmark stopped during '{operation}' (see its error output above).");
        using var json = JsonDocument.Parse(line);
        return TimeSpan.FromSeconds(json.RootElement.GetProperty("seconds").GetDouble());
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000))
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
