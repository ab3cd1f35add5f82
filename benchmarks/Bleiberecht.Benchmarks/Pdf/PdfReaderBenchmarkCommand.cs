using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Pdf;
using Bleiberecht.Testing;

namespace Bleiberecht.Benchmarks.Pdf;

/// <summary>
/// <c>./bf bench pdf</c>: pages per second for text extraction and for form reading with our reader, side by side with
/// poppler's <c>pdftotext</c> (and pdf-lib for forms) on the same files in one run, with the ratio.
/// </summary>
internal sealed class PdfReaderBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "pdf";

    public string Description => "PDF reader: pages/s for text and form reading vs pdftotext (and pdf-lib) [--seconds N]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var seconds = arguments.Count >= 2 && arguments[0] == "--seconds" ? double.Parse(arguments[1], CultureInfo.InvariantCulture) : 3;
        var budget = TimeSpan.FromSeconds(seconds);
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Fixtures");
        var work = Directory.CreateTempSubdirectory("pdf-bench-");
        try
        {
            // A longer text document made from the Chromium and Ghostscript files by qpdf (40 pages).
            var longText = Path.Combine(work.FullName, "text-40-pages.pdf");
            var parts = Enumerable.Repeat(new[] { "text-chromium.pdf", "text-ghostscript.pdf" }, 10).SelectMany(p => p).Select(p => Path.Combine(fixtures, p)).ToList();
            await RunAsync("qpdf", ["--empty", "--pages", .. parts, "--", longText], cancellationToken).ConfigureAwait(false);

            string[] textFiles = [longText, Path.Combine(fixtures, "text-chromium.pdf"), Path.Combine(fixtures, "text-chromium-objstm.pdf"), Path.Combine(fixtures, "text-ghostscript.pdf")];
            string[] formFiles = [Path.Combine(fixtures, "form-pdflib-filled.pdf"), Path.Combine(fixtures, "form-pdflib-filled-objstm.pdf"), Path.Combine(fixtures, "enc-aes-256.pdf")];
            var rows = new List<string>();

            var oursText = Measure(textFiles, budget, bytes =>
            {
                using var document = PdfDocument.Open(bytes);
                foreach (var page in document.GetPages())
                {
                    _ = page.Text;
                }

                return document.NumberOfPages;
            });
            var popplerText = await MeasureProcessAsync(textFiles, budget, f => ("pdftotext", ["-enc", "UTF-8", f, "-"]), cancellationToken).ConfigureAwait(false);
            rows.Add(Row("text extraction", oursText, "pdftotext", popplerText));

            var oursForm = Measure(formFiles, budget, bytes =>
            {
                using var document = PdfDocument.Open(bytes);
                _ = document.GetForm().Fields.Count;
                return document.NumberOfPages;
            });
            var popplerForm = await MeasureProcessAsync(formFiles, budget, f => ("pdftotext", ["-enc", "UTF-8", f, "-"]), cancellationToken).ConfigureAwait(false);
            rows.Add(Row("form reading", oursForm, "pdftotext (text of the same files)", popplerForm));
            var readForm = Path.Combine(fixtures, "read-form.js");
            var plainForms = formFiles.Where(f => !f.Contains("enc-", StringComparison.Ordinal)).ToArray();
            var pdfLibForm = await MeasureProcessAsync(plainForms, budget, f => ("node", [readForm, f]), cancellationToken).ConfigureAwait(false);
            var oursPlainForm = Measure(plainForms, budget, bytes =>
            {
                using var document = PdfDocument.Open(bytes);
                _ = document.GetForm().Fields.Count;
                return document.NumberOfPages;
            });
            rows.Add(Row("form reading (unencrypted)", oursPlainForm, "pdf-lib via node", pdfLibForm));

            Console.WriteLine($"PDF reader benchmark ({seconds:0.#} s per measurement, {Environment.ProcessorCount} cores). External tools include process start per file; CPU-s = CPU seconds (own process, or the waited-for tool processes).");
            Console.WriteLine();
            Console.WriteLine("| workload | ours pages/s | ours pages/CPU-s | reference | reference pages/s | reference pages/CPU-s | ratio wall | ratio CPU |");
            Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Row(string workload, Rate ours, string reference, Rate theirs) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"| {workload} | {ours.Wall:0} | {ours.Cpu:0} | {reference} | {theirs.Wall:0} | {theirs.Cpu:0} | {ours.Wall / theirs.Wall:0.0}x | {ours.Cpu / theirs.Cpu:0.0}x |");

    /// <summary>Pages per wall-clock second and per CPU second (the machine is shared, so CPU time is the steadier figure).</summary>
    private readonly record struct Rate(double Wall, double Cpu);

    private static TimeSpan OwnCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    // CPU time of waited-for child processes: fields 16 and 17 (cutime, cstime) of /proc/self/stat, in clock ticks.
    private static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static Rate Measure(string[] files, TimeSpan budget, Func<byte[], int> work)
    {
        var contents = files.Select(File.ReadAllBytes).ToArray();
        foreach (var bytes in contents)
        {
            work(bytes);
        }

        var pages = 0L;
        var cpu = OwnCpu();
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < budget)
        {
            foreach (var bytes in contents)
            {
                pages += work(bytes);
            }
        }

        return new Rate(pages / stopwatch.Elapsed.TotalSeconds, pages / (OwnCpu() - cpu).TotalSeconds);
    }

    private static async Task<Rate> MeasureProcessAsync(string[] files, TimeSpan budget, Func<string, (string File, string[] Arguments)> command, CancellationToken cancellationToken)
    {
        var pageCounts = files.ToDictionary(f => f, f =>
        {
            using var document = PdfDocument.Open(File.ReadAllBytes(f));
            return document.NumberOfPages;
        });
        var pages = 0L;
        var cpu = ChildrenCpu();
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < budget)
        {
            foreach (var file in files)
            {
                var (exe, args) = command(file);
                await RunAsync(exe, args, cancellationToken).ConfigureAwait(false);
                pages += pageCounts[file];
            }
        }

        return new Rate(pages / stopwatch.Elapsed.TotalSeconds, pages / Math.Max(0.01, (ChildrenCpu() - cpu).TotalSeconds));
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        info.Environment["NODE_PATH"] = Path.Combine(RepoPaths.Root, "node_modules");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {await error.ConfigureAwait(false)}");
        }
    }
}
