using System.Diagnostics;
using System.Text;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>
/// The built app (<c>dotnet Bleiberecht.Functions.dll</c>, or a published executable) as a real process, the way Azure or
/// <c>bf run</c> starts it.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the app printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the app with <paramref name="environment"/> (null values remove inherited variables) and waits until it listens.
    /// <paramref name="executable"/>: a published self-contained app to run instead of the built dll.
    /// </summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, int port, string? executable = null)
    {
        var app = new AppProcess(Create(environment, executable), port);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => !app.process.HasExited);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException("The app did not start: " + e.Message + Environment.NewLine + app.Output, e);
        }

        return app;
    }

    /// <summary>Runs the app to its exit (for start-up failures) and returns exit code and all output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        using var process = Create(environment);
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running: " + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static Process Create(IReadOnlyDictionary<string, string?> environment, string? executable = null)
    {
        var info = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = executable is null ? AppContext.BaseDirectory : Path.GetDirectoryName(executable)!,
        };
        if (executable is null)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bleiberecht.Functions.dll"));
        }

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase) || k.StartsWith("FUNCTIONS_", StringComparison.Ordinal) || k.StartsWith("Host__", StringComparison.Ordinal) || k.StartsWith("Mail__", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return new Process { StartInfo = info };
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
