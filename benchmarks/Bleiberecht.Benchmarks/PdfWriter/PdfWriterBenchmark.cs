using System.Diagnostics;
using System.Globalization;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Benchmarks.PdfWriter;

/// <summary>
/// <c>./bf bench pdf-writer [iterations]</c>: time to build a 20-page document (headings, paragraphs in
/// German with Polish/Turkish/Arabic names, tables, Seite x von y) with the flow layout. "Cold" is the first
/// build in a fresh process (font parsing and JIT included); "warm" is the median of the following builds.
/// </summary>
internal sealed class PdfWriterBenchmark : IBenchmarkCommand
{
    private const int Pages = 20;

    public string Name => "pdf-writer";

    public string Description => "time to build a 20-page PDF (cold and warm)";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        var iterations = arguments.Count > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 30;
        var clock = Stopwatch.StartNew();
        var pdf = BuildDocument(out var pageCount);
        var cold = clock.Elapsed;

        var warm = new List<double>(iterations);
        var cpu = new List<double>(iterations);
        using var process = Process.GetCurrentProcess();
        long allocated = 0;
        for (var i = 0; i < iterations && !cancellationToken.IsCancellationRequested; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            BuildDocument(out _);
            warm.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        warm.Sort();
        cpu.Sort();
        Console.WriteLine($"| measure | value |");
        Console.WriteLine($"|---|---|");
        Console.WriteLine($"| pages | {pageCount} |");
        Console.WriteLine($"| output size | {pdf.Length / 1024.0:0.0} KiB |");
        Console.WriteLine($"| cold build (first in process) | {cold.TotalMilliseconds:0} ms |");
        if (warm.Count > 0)
        {
            Console.WriteLine($"| warm build, median of {warm.Count} | {warm[warm.Count / 2]:0.0} ms |");
            Console.WriteLine($"| warm build, fastest / slowest | {warm[0]:0.0} / {warm[^1]:0.0} ms |");
            Console.WriteLine($"| warm build CPU time, median (less sensitive to a busy machine) | {cpu[cpu.Count / 2]:0.0} ms |");
            Console.WriteLine($"| allocated per warm build | {allocated / 1048576.0:0.0} MiB |");
        }

        return Task.FromResult(pageCount == Pages ? 0 : 1);
    }

    private static byte[] BuildDocument(out int pageCount)
    {
        var builder = new PdfDocumentBuilder
        {
            Information = new PdfDocumentInformation { Title = "Sitzungsprotokoll (Benchmark)", Author = "Geschäftsstelle", Language = "de-DE" },
        };
        var layout = new DocumentLayout(builder, new LayoutOptions { HeaderText = "Ausschuss „Bleiberechte fördern“ – nicht öffentlich" });
        var section = 0;
        while (builder.Pages.Count < Pages)
        {
            section++;
            layout.AddHeading($"TOP {section}: Fall BF-2026-{section:0000}", 2);
            layout.AddParagraph(
                $"Die Beraterin trägt den Fall von Ayşe Yılmaz, Łukasz Wójcik und محمد علي vor. Die Einwilligungserklärung liegt vor (§ 23a AufenthG). " +
                "Der Ausschuss würdigt die Integrationsleistungen: Schulbesuch der Kinder, Sprachkurs B1, Beschäftigung seit 14 Monaten. " +
                "Kosten des Verfahrens: 0,00 €. Die „gemeinsame Einschätzung“ wird der Ausländerbehörde als Entscheidungshilfe übermittelt.");
            if (builder.Pages.Count >= Pages)
            {
                break;
            }

            layout.AddTable(
                [new TableColumn("Kriterium", 2), new TableColumn("Bewertung", 3), new TableColumn("Stand", 1, TextAlignment.Right)],
                [
                    ["Aufenthaltsdauer", "seit 2017 geduldet, durchgehend gemeldet", "erfüllt"],
                    ["Sprache", "Deutsch B1 (Zertifikat liegt vor), Schule der Kinder ohne Förderbedarf", "erfüllt"],
                    ["Lebensunterhalt", "überwiegend gesichert; Arbeitsvertrag unbefristet in Aussicht", "offen"],
                ]);
        }

        var pdf = layout.Build();
        pageCount = builder.Pages.Count;
        return pdf;
    }
}
