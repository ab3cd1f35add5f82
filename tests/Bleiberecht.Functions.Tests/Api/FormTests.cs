using System.Diagnostics;
using System.Net;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The blank forms are served to anyone, addressed to the chosen committee (checked with poppler's pdftotext).</summary>
public sealed class FormTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    [Theory]
    [InlineData("/api/forms/kurzantrag.pdf?committee=dortmund", "kurzantrag.pdf", "Stadt Dortmund")]
    [InlineData("/api/forms/einwilligung.pdf?committee=kreis-unna", "einwilligung.pdf", "Kreis Unna")]
    public async Task Blank_form_names_the_committee(string path, string fileName, string committeeText)
    {
        using var response = await fixture.Host.GetAsync(path, actor: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        var text = await PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(committeeText, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_form_is_one_page()
    {
        using var response = await fixture.Host.GetAsync("/api/forms/einwilligung.pdf", actor: null);
        var text = await PdfText(await response.Content.ReadAsByteArrayAsync());

        Assert.Single(text.Split('\f'), p => !string.IsNullOrWhiteSpace(p));
    }

    private static async Task<string> PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
