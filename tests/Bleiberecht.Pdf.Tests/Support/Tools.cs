using System.Diagnostics;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Runs the independent tools (poppler's pdftotext, node + pdf-lib) the tests compare against.</summary>
internal static class Tools
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in time.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>pdftotext's text of a file (UTF-8, raw content order unless <paramref name="layout"/>).</summary>
    public static async Task<string> PdftotextAsync(string path, bool layout = false)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (layout)
        {
            args.Add("-layout");
        }

        args.AddRange([path, "-"]);
        var (exit, output, error) = await RunAsync("pdftotext", args);
        Assert.True(exit == 0, $"pdftotext failed: {error}");
        return output;
    }
}
