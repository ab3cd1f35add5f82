using System.Diagnostics;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>The text of a PDF as poppler's pdftotext sees it, white space collapsed.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(ReadOnlyMemory<byte> pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "bf-lifecycle-" + Path.GetRandomFileName() + ".pdf");
        await File.WriteAllBytesAsync(path, pdf.ToArray());
        try
        {
            var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-enc", "UTF-8", path, "-" })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftotext failed: " + await error);
            return string.Join(' ', (await output).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
