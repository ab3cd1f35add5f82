using System.Diagnostics;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Writer;

/// <summary>Runs the independent checkers (poppler-utils, qpdf) on files the writer produced.</summary>
internal static class ExternalTool
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start (is poppler-utils/qpdf installed? ./bf test installs them).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>pdftotext in reading order (UTF-8), optionally for one page; bidi embedding marks removed.</summary>
    public static async Task<string> PdfToTextAsync(string pdf, int? page = null)
    {
        var arguments = new List<string> { "-enc", "UTF-8" };
        if (page is { } p)
        {
            arguments.AddRange(["-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange([pdf, "-"]);
        var (exit, output, error) = await RunAsync("pdftotext", [.. arguments]);
        Assert.True(exit == 0, $"pdftotext failed: {error}");
        return new string(output.Where(c => c is < '\u202A' or > '\u202E').ToArray());
    }

    public static async Task AssertQpdfCheckPassesAsync(string pdf)
    {
        var (exit, output, error) = await RunAsync("qpdf", "--check", pdf);
        Assert.True(exit == 0, $"qpdf --check exit {exit}: {output} {error}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output + error, StringComparison.OrdinalIgnoreCase);
    }
}
