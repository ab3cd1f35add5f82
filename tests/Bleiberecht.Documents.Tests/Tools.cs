using System.Diagnostics;

namespace Bleiberecht.Documents.Tests;

/// <summary>Runs poppler tools on PDF bytes.</summary>
internal static class Tools
{
    public static async Task<string> PdfToTextAsync(byte[] pdf, bool layout = false)
    {
        var path = await TempFileAsync(pdf, ".pdf");
        try
        {
            var (exit, output, error) = await RunAsync("pdftotext", layout ? ["-layout", "-enc", "UTF-8", path, "-"] : ["-enc", "UTF-8", path, "-"]);
            Assert.True(exit == 0, $"pdftotext failed: {error}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<string> PdfFontsAsync(byte[] pdf)
    {
        var path = await TempFileAsync(pdf, ".pdf");
        try
        {
            var (exit, output, error) = await RunAsync("pdffonts", [path]);
            Assert.True(exit == 0, $"pdffonts failed: {error}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<string> TempFileAsync(byte[] content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), "bf-doc-" + Path.GetRandomFileName() + extension);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
