using System.Diagnostics;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>The text of a PDF as poppler's pdftotext reads it.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(ReadOnlyMemory<byte> pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "session-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf.ToArray());
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "pdftotext failed: " + await process.StandardError.ReadToEndAsync());
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
