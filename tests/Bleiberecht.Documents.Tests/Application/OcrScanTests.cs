using Bleiberecht.Documents.Application;
using Bleiberecht.Pdf.Writer;

namespace Bleiberecht.Documents.Tests.Application;

/// <summary>
/// Issue #5: image-only scans read by Tesseract (Debian tesseract-ocr + tesseract-ocr-deu) when OCR is configured:
/// text fields come back, each with a warning asking for confirmation; ticks and signatures never count.
/// </summary>
public sealed class OcrScanTests
{
    private static readonly SubmissionReadOptions WithOcr = KurzantragRoundTripTests.ReadOptions with { Ocr = new OcrOptions() };

    [Fact]
    public async Task Scanned_form_and_consent_are_read_by_ocr_with_a_confirmation_warning_per_value_and_no_consent()
    {
        Assert.True(new OcrOptions().IsAvailable, "tesseract and pdftoppm must be installed (apt-get install tesseract-ocr tesseract-ocr-deu poppler-utils)");
        var values = KurzantragRoundTripTests.Values();
        var form = await ScanAsync(KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(values)));
        var consent = await ScanAsync(KurzantragFormGenerator.GenerateConsentForm(KurzantragRoundTripTests.Options(values)));

        var result = SubmissionReader.Read([new("scan-antrag.pdf", form), new("scan-einwilligung.pdf", consent)], WithOcr);

        var problems = string.Join("\n", result.Problems.Select(p => $"{p.Code} {p.Field}: {p.MessageEn}"));
        Assert.Equal("Sabine Beispiel", result.Record.CounsellorName);
        Assert.Equal("beratung@awo.example.org", result.Record.CounsellorEmail);
        Assert.Equal("Öztürk", result.Record.FamilyName);
        Assert.Equal("Ayse Gül", result.Record.GivenNames);
        Assert.Equal(new DateOnly(1991, 4, 3), result.Record.DateOfBirth);
        Assert.Equal("Dortmund", result.Record.Consent.Place);
        Assert.Equal(new DateOnly(2026, 11, 20), result.Record.Consent.Date);
        foreach (var field in new[] { "berater_name", "berater_email", "person_familienname", "person_geburtsdatum", "einwilligung_ort", "einwilligung_datum" })
        {
            var warning = Assert.Single(result.Problems, p => p.Code == "ocr-needs-confirmation" && p.Field == field);
            Assert.True(warning.IsWarning);
            Assert.EndsWith("per Texterkennung gelesen — bitte prüfen.", warning.MessageDe, StringComparison.Ordinal);
        }

        Assert.Equal(2, result.Problems.Count(p => p.Code == "read-by-ocr" && p.IsWarning));
        Assert.Contains(result.Problems, p => p.Code == "read-by-ocr" && p.MessageDe.StartsWith("Die Datei „scan-einwilligung.pdf“ ist ein Scan; die Angaben wurden per Texterkennung gelesen — bitte prüfen.", StringComparison.Ordinal));

        // The scanned consent is ticked, attested and complete on paper: none of it counts when read by OCR.
        Assert.False(result.HasConsent, problems);
        Assert.Equal(ConsentSignatureKind.None, result.Record.Consent.SignatureKind);
        Assert.False(result.Record.Consent.DataProcessing);
        Assert.Null(result.Record.OtherAuthorityCompetent);
        Assert.Contains(result.Problems, p => p.Code == "missing-consent-scope" && !p.IsWarning);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public async Task Without_the_ocr_program_a_scan_still_needs_manual_entry()
    {
        var scan = await ScanAsync(KurzantragFormGenerator.GenerateConsentForm(KurzantragRoundTripTests.Options(KurzantragRoundTripTests.Values())));
        var missing = KurzantragRoundTripTests.ReadOptions with { Ocr = new OcrOptions { TesseractPath = "/nonexistent/tesseract" } };

        var result = SubmissionReader.Read([new("scan.pdf", scan)], missing);

        Assert.False(missing.Ocr!.IsAvailable);
        Assert.Equal("needs-manual-entry", Assert.Single(result.Problems).Code);
    }

    // A scanner's output: page 1 rendered to a grey PNG at 150 dpi by pdftoppm, placed full-page by our writer.
    internal static async Task<byte[]> ScanAsync(byte[] pdf)
    {
        var path = await Tools.TempFileAsync(pdf, ".pdf");
        try
        {
            var (exit, _, error) = await Tools.RunAsync("pdftoppm", ["-png", "-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", path, path]);
            Assert.True(exit == 0, error);
            var builder = new PdfDocumentBuilder(KurzantragRoundTripTests.Clock);
            builder.AddPage(PageSize.A4).AddPng(await File.ReadAllBytesAsync(path + ".png"), new PdfRectangle(0, 0, PageSize.A4.Width, PageSize.A4.Height));
            return builder.Build();
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".png");
        }
    }
}
