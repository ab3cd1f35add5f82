using System.Globalization;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Reads the text of an image-only PDF: <c>pdftoppm -r 300 -gray -png</c> renders the pages into a private temporary
/// folder, <c>tesseract … -l deu --psm 4</c> reads each (one thread, so it shares the machine). The folder, which holds
/// personal data, is deleted at the end whatever happens.
/// </summary>
internal static class TesseractOcr
{
    private static readonly Dictionary<string, string> SingleThread = new(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>The recognised lines of up to <see cref="OcrOptions.MaxPages"/> pages, or null when a program failed or overran.</summary>
    public static IReadOnlyList<string>? ReadLines(byte[] pdf, int pageCount, OcrOptions options)
    {
        var tesseract = ExternalProgram.Find(options.TesseractPath);
        var pdftoppm = ExternalProgram.Find(options.PdftoppmPath);
        if (tesseract is null || pdftoppm is null || pageCount < 1)
        {
            return null;
        }

        var pages = Math.Min(pageCount, Math.Max(1, options.MaxPages));
        var folder = Directory.CreateTempSubdirectory("bf-ocr-");
        try
        {
            var input = Path.Combine(folder.FullName, "scan.pdf");
            File.WriteAllBytes(input, pdf);
            var rendered = ExternalProgram.Run(
                pdftoppm,
                ["-r", options.Resolution.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), input, Path.Combine(folder.FullName, "page")],
                options.TimeoutPerPage * pages);
            if (rendered is not (0, _))
            {
                return null;
            }

            var lines = new List<string>();
            foreach (var image in folder.GetFiles("page*.png").OrderBy(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal))
            {
                var recognised = ExternalProgram.Run(tesseract, [image.FullName, "stdout", "-l", options.Language, "--psm", "4"], options.TimeoutPerPage, SingleThread);
                if (recognised is not (0, var text))
                {
                    return null;
                }

                lines.AddRange(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            }

            return lines;
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is private to this read; a leftover is removed by the OS's temp cleanup.
            }
        }
    }
}
