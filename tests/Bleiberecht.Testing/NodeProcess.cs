using System.Diagnostics;
using System.Text;

namespace Bleiberecht.Testing;

/// <summary>Runs Node.js scripts and tools from the repository's <c>node_modules</c>.</summary>
public static class NodeProcess
{
    /// <summary>Starts a long-running node process (a server); output is collected into <paramref name="log"/>.</summary>
    public static Process Start(string scriptPath, IEnumerable<string> arguments, StringBuilder log, IDictionary<string, string>? environment = null)
    {
        var info = CreateStartInfo(scriptPath, arguments, environment);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a node script to completion and returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string scriptPath,
        IEnumerable<string> arguments,
        IDictionary<string, string>? environment = null,
        string? standardInput = null,
        TimeSpan? timeout = null)
    {
        var info = CreateStartInfo(scriptPath, arguments, environment);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {scriptPath} did not finish in time. Output so far: {await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo CreateStartInfo(string scriptPath, IEnumerable<string> arguments, IDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        info.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
