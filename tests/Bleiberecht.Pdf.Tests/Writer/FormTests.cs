using System.Text.Json;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Forms;
using Bleiberecht.Testing;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class FormTests : IDisposable
{
    private static readonly string PdfLibScript = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Writer", "Node", "pdf-lib-form.mjs");
    private static readonly string PdfJsScript = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Writer", "Node", "pdfjs-read.mjs");
    private readonly TempPdf temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Pdf_lib_reads_text_checkbox_and_signature_fields_with_their_values()
    {
        var pdf = temp.Write(Form());

        var result = await RunNodeAsync(PdfLibScript, pdf);

        var fields = result.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["name", "gruende", "einwilligung", "abschiebung", "unterschrift"], fields.Keys);
        Assert.Equal("text", fields["name"].GetProperty("type").GetString());
        Assert.Equal("Ayşe Yılmaz", fields["name"].GetProperty("value").GetString());
        Assert.True(fields["gruende"].GetProperty("multiline").GetBoolean());
        Assert.True(fields["einwilligung"].GetProperty("value").GetBoolean());
        Assert.False(fields["abschiebung"].GetProperty("value").GetBoolean());
        Assert.Equal("signature", fields["unterschrift"].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Pdf_lib_fills_and_flattens_the_form_and_poppler_shows_the_values()
    {
        var pdf = temp.Write(Form());
        var filled = temp.PathOf("filled.pdf");

        await RunNodeAsync(PdfLibScript, pdf, filled, "name=Jürgen Müller", "gruende=Schwere Erkrankung, Schulbesuch der Kinder", "abschiebung=true");
        var text = await ExternalTool.PdfToTextAsync(filled);
        var afterFlatten = await RunNodeAsync(PdfLibScript, filled);

        Assert.Contains("Jürgen Müller", text, StringComparison.Ordinal);
        Assert.Contains("Schwere Erkrankung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ayşe", text, StringComparison.Ordinal);
        Assert.Empty(afterFlatten.GetProperty("fields").EnumerateArray());
        await ExternalTool.AssertQpdfCheckPassesAsync(filled);
    }

    [Fact]
    public async Task Pdfjs_opens_the_form_and_reads_fields_and_text()
    {
        var pdf = temp.Write(Form());

        var result = await RunNodeAsync(PdfJsScript, pdf);

        var fields = result.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
        Assert.Equal("Ayşe Yılmaz", fields["name"].GetProperty("value").GetString());
        Assert.Equal("Yes", fields["einwilligung"].GetProperty("value").GetString());
        Assert.Equal("signature", fields["unterschrift"].GetProperty("type").GetString());
        Assert.Contains("Kurzantrag", result.GetProperty("pages")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_values_are_visible_without_the_viewer_regenerating_appearances()
    {
        var pdf = temp.Write(Form());

        var text = await ExternalTool.PdfToTextAsync(pdf);

        Assert.Contains("Ayşe Yılmaz", text, StringComparison.Ordinal);
        Assert.Contains("Krankheit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_names_must_be_unique_and_free_of_periods()
    {
        var page = new PdfDocumentBuilder().AddPage(PageSize.A4);
        page.AddTextField("name", new PdfRectangle(0, 0, 10, 10));

        Assert.Throws<ArgumentException>(() => page.AddCheckBox("name", new PdfRectangle(0, 20, 10, 10)));
        Assert.Throws<ArgumentException>(() => page.AddTextField("person.name", new PdfRectangle(0, 40, 10, 10)));
    }

    private static byte[] Form()
    {
        var builder = new PdfDocumentBuilder { Information = new PdfDocumentInformation { Title = "Kurzantrag" } };
        var font = builder.AddStandardSans();
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Kurzantrag", 16, new PdfPoint(50, 780), font);
        page.AddTextField("name", new PdfRectangle(50, 720, 300, 20), new TextFieldOptions { Value = "Ayşe Yılmaz", Required = true });
        page.AddTextField("gruende", new PdfRectangle(50, 620, 300, 80), new TextFieldOptions { Multiline = true, Value = "Krankheit\nKinder in der Schule" });
        page.AddCheckBox("einwilligung", new PdfRectangle(50, 590, 12, 12), isChecked: true);
        page.AddCheckBox("abschiebung", new PdfRectangle(50, 570, 12, 12));
        page.AddSignatureField("unterschrift", new PdfRectangle(50, 480, 200, 50));
        return builder.Build();
    }

    private static async Task<JsonElement> RunNodeAsync(string script, params string[] arguments)
    {
        var (exit, output, error) = await NodeProcess.RunAsync(script, arguments, timeout: TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, $"node {Path.GetFileName(script)} failed: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
