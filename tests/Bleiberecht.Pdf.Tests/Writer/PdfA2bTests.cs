using System.Text;
using Bleiberecht.Pdf.Writer;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class PdfA2bTests : IDisposable
{
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task PdfA2b_output_carries_xmp_identification_matching_the_info_dictionary()
    {
        var pdf = temp.Write(RenderingAndStructureTests.EveryFeature(PdfConformance.PdfA2B));

        var (exit, xmp, _) = await ExternalTool.RunAsync("pdfinfo", "-meta", pdf);
        var (_, info, _) = await ExternalTool.RunAsync("pdfinfo", pdf);

        Assert.Equal(0, exit);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Alles</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Matches(@"Metadata Stream:\s+yes", info);
    }

    [Fact]
    public async Task PdfA2b_output_has_an_srgb_output_intent_file_id_and_only_embedded_fonts()
    {
        var bytes = RenderingAndStructureTests.EveryFeature(PdfConformance.PdfA2B);
        var pdf = temp.Write(bytes);

        var (_, json, _) = await ExternalTool.RunAsync("qpdf", "--json", "--json-key=qpdf", pdf);
        var (_, trailer, _) = await ExternalTool.RunAsync("qpdf", "--show-object=trailer", pdf);
        var (_, fonts, _) = await ExternalTool.RunAsync("pdffonts", pdf);

        Assert.Contains("/GTS_PDFA1", json, StringComparison.Ordinal);
        Assert.Contains("/DestOutputProfile", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/Helvetica", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/ZapfDingbats", json, StringComparison.Ordinal);
        Assert.Contains("/ID", trailer, StringComparison.Ordinal);
        Assert.DoesNotContain("/Encrypt", trailer, StringComparison.Ordinal);
        Assert.All(fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2), row => Assert.Matches(@"yes\s+yes\s+yes", row));
        Assert.StartsWith("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3", Encoding.Latin1.GetString(bytes, 0, 16), StringComparison.Ordinal);
    }
}
