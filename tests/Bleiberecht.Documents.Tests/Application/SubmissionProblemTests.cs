using Bleiberecht.Documents.Application;
using Bleiberecht.Pdf.Writer;
using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Documents.Tests.Application;

/// <summary>What the counsellor is told when a submission cannot be used as sent.</summary>
public sealed class SubmissionProblemTests
{
    private static ApplicationReadResult Read(params SubmissionFile[] files) => SubmissionReader.Read(files, KurzantragRoundTripTests.ReadOptions);

    [Fact]
    public async Task Password_protected_file_is_named_with_a_request_to_resend_without_password()
    {
        var plain = await Tools.TempFileAsync(KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(KurzantragRoundTripTests.Values())), ".pdf");
        var locked = plain + ".locked.pdf";
        try
        {
            var (exit, _, error) = await Tools.RunAsync("qpdf", ["--encrypt", "geheim", "geheim", "256", "--", plain, locked]);
            Assert.True(exit == 0, error);

            var result = Read(new SubmissionFile("antrag.pdf", await File.ReadAllBytesAsync(locked)));

            var problem = Assert.Single(result.Problems);
            Assert.Equal("password-protected", problem.Code);
            Assert.Equal("Die Datei „antrag.pdf“ ist mit einem Passwort geschützt und kann nicht gelesen werden. Bitte ohne Passwortschutz erneut senden.", problem.MessageDe);
            Assert.Contains("password-protected", problem.MessageEn, StringComparison.Ordinal);
            Assert.False(result.IsComplete);
        }
        finally
        {
            File.Delete(plain);
            File.Delete(locked);
        }
    }

    [Fact]
    public void A_word_document_is_not_a_pdf()
    {
        var result = Read(new SubmissionFile("antrag.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("not-a-pdf", problem.Code);
        Assert.Equal("Die Datei „antrag.docx“ ist keine PDF-Datei. Bitte den Kurzantrag als PDF senden.", problem.MessageDe);
    }

    [Fact]
    public void A_truncated_pdf_is_unreadable_or_not_a_form()
    {
        var pdf = KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(KurzantragRoundTripTests.Values()));

        var result = Read(new SubmissionFile("kaputt.pdf", pdf[..200]));

        Assert.False(result.IsComplete);
        Assert.Contains(result.Problems, p => p.Code is "unreadable" or "unknown-form" && p.MessageDe.Contains("kaputt.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Image_only_scan_needs_manual_entry()
    {
        var form = await Tools.TempFileAsync(KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(KurzantragRoundTripTests.Values())), ".pdf");
        try
        {
            var (exit, _, error) = await Tools.RunAsync("pdftoppm", ["-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", form, form]);
            Assert.True(exit == 0, error);
            var builder = new PdfDocumentBuilder(KurzantragRoundTripTests.Clock);
            builder.AddPage(PageSize.A4).AddPng(await File.ReadAllBytesAsync(form + ".png"), new PdfRectangle(0, 0, PageSize.A4.Width, PageSize.A4.Height));

            var result = Read(new SubmissionFile("scan.pdf", builder.Build()));

            var problem = Assert.Single(result.Problems);
            Assert.Equal("needs-manual-entry", problem.Code);
            Assert.Equal("Die Datei „scan.pdf“ ist ein Scan ohne Text. Die Angaben müssen von Hand übernommen werden; besser das ausfüllbare Formular senden.", problem.MessageDe);
        }
        finally
        {
            File.Delete(form);
            File.Delete(form + ".png");
        }
    }

    [Fact]
    public void Some_other_pdf_is_an_unknown_form()
    {
        var layout = new DocumentLayout(new PdfDocumentBuilder(KurzantragRoundTripTests.Clock));
        layout.AddHeading("Antrag auf Erteilung einer Aufenthaltserlaubnis");
        layout.AddParagraph("Hiermit beantrage ich …");

        var result = Read(new SubmissionFile("anderes.pdf", layout.Build()));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("unknown-form", problem.Code);
        Assert.Equal("The file 'anderes.pdf' is not a Kurzantrag (form version KA-2026.1). Please use the committee's form.", problem.MessageEn);
    }

    [Fact]
    public void Form_without_consent_lists_each_missing_consent_item()
    {
        var values = KurzantragRoundTripTests.Values();
        foreach (var name in KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent).Select(f => f.Name))
        {
            values.Remove(name);
        }

        var result = Read(new SubmissionFile("antrag.pdf", KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(values))));

        Assert.False(result.HasConsent);
        Assert.Contains(result.Problems, p => p.Field == "einwilligung_datenschutz" && !p.IsWarning);
        Assert.Contains(result.Problems, p => p.Field == "einwilligung_ort" && p.MessageDe == "Pflichtangabe fehlt: „Ort“ (Abschnitt 9. Einwilligungserklärung und Entbindung von der Schweigepflicht).");
        Assert.Contains(result.Problems, p => p.Code == "missing-signature" && p.MessageEn.StartsWith("The consent declaration is not signed", StringComparison.Ordinal));
    }

    [Fact]
    public void Consent_sent_as_a_separate_file_completes_the_application()
    {
        var values = KurzantragRoundTripTests.Values();
        var consentNames = KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent).Select(f => f.Name).ToList();
        var consentValues = values.Where(v => consentNames.Contains(v.Key) || v.Key.StartsWith("person_", StringComparison.Ordinal)).ToDictionary();
        foreach (var name in consentNames)
        {
            values.Remove(name);
        }

        var main = KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(values));
        var consent = KurzantragFormGenerator.GenerateConsentForm(KurzantragRoundTripTests.Options(consentValues));

        var alone = Read(new SubmissionFile("antrag.pdf", main));
        var both = Read(new SubmissionFile("antrag.pdf", main), new SubmissionFile("einwilligung.pdf", consent));

        Assert.False(alone.HasConsent);
        Assert.True(both.IsComplete, string.Join("\n", both.Problems.Select(p => p.MessageEn)));
        Assert.True(both.HasConsent);
        Assert.Equal("Dortmund", both.Record.Consent.Place);
    }

    [Fact]
    public void Wrong_date_and_email_are_explained_field_by_field()
    {
        var values = KurzantragRoundTripTests.Values();
        values["person_geburtsdatum"] = "31.02.1990";
        values["berater_email"] = "beratung at awo";

        var result = Read(new SubmissionFile("antrag.pdf", KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(values))));

        Assert.Contains(result.Problems, p => p.Field == "person_geburtsdatum" && p.MessageDe.StartsWith("„Geburtsdatum“ (Abschnitt 2. Antragstellende Person):", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Field == "berater_email" && !p.IsWarning);
    }

    [Fact]
    public async Task Both_yes_and_no_ticked_in_a_viewer_is_reported_as_contradictory()
    {
        var values = KurzantragRoundTripTests.Values();
        values["ausschluss_asylantrag_ja"] = "Yes";
        var filled = await KurzantragRoundTripTests.PdfLibAsync(KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options()), values, flatten: false);

        var result = Read(new SubmissionFile("antrag.pdf", filled));

        var problem = Assert.Single(result.Problems, p => p.Field == "ausschluss_asylantrag");
        Assert.Equal("contradictory-answer", problem.Code);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public async Task Form_of_another_version_is_named_with_the_current_version()
    {
        var values = KurzantragRoundTripTests.Values();
        values[KurzantragForm.VersionFieldName] = "KA-2024.3";
        var filled = await KurzantragRoundTripTests.PdfLibAsync(KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options()), values, flatten: false);

        var result = Read(new SubmissionFile("alt.pdf", filled));

        var problem = Assert.Single(result.Problems, p => p.Code == "unknown-form-version");
        Assert.Equal("Das Formular hat die unbekannte Version „KA-2024.3“. Bitte das aktuelle Formular (Version KA-2026.1) verwenden.", problem.MessageDe);
    }
}
