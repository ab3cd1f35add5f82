using Bleiberecht.Documents.Application;

namespace Bleiberecht.Documents.Tests.Application;

/// <summary>
/// Issue #5: a filled Kurzantrag (filled by our writer or by pdf-lib), flattened by pdf-lib or qpdf, or printed to
/// PDF by poppler's cairo backend (annotations drawn into the page), reads back into the same record as the fillable form, ticks included: exclusion questions,
/// consent scopes, urgency, attestation; unticked boxes read as not ticked.
/// </summary>
public sealed class FlattenedFormTickTests
{
    public enum Filler
    {
        OurWriter,
        PdfLib,
    }

    public enum Flattener
    {
        PdfLib,
        Qpdf,
        PopplerCairo,
    }

    // Other answers than the main fixture: "ja" for some exclusion questions, urgent, a scope and the attestation unticked.
    internal static Dictionary<string, string?> OtherTicks()
    {
        var values = KurzantragRoundTripTests.Values();
        values.Remove("ausschluss_verwaltungsgericht_nein");
        values["ausschluss_verwaltungsgericht_ja"] = "Yes";
        values.Remove("abschiebung_terminiert_nein");
        values["abschiebung_terminiert_ja"] = "Yes";
        values["abschiebung_datum"] = "15.01.2027";
        values.Remove("dringend_nein");
        values["dringend_ja"] = "Yes";
        values["dringend_begruendung"] = "Abschiebung am 15.01.2027 angekündigt.";
        values.Remove("einwilligung_akteneinsicht");
        values.Remove("bestaetigung_unterschrift_liegt_vor");
        return values;
    }

    [Theory]
    [InlineData(Filler.OurWriter, Flattener.PdfLib, false)]
    [InlineData(Filler.OurWriter, Flattener.Qpdf, false)]
    [InlineData(Filler.OurWriter, Flattener.PopplerCairo, false)]
    [InlineData(Filler.OurWriter, Flattener.PopplerCairo, true)]
    [InlineData(Filler.PdfLib, Flattener.PdfLib, false)]
    [InlineData(Filler.PdfLib, Flattener.Qpdf, false)]
    [InlineData(Filler.OurWriter, Flattener.Qpdf, true)]
    [InlineData(Filler.PdfLib, Flattener.PdfLib, true)]
    public async Task Flattened_form_reads_back_into_the_same_record_ticks_included(Filler filler, Flattener flattener, bool otherTicks)
    {
        var values = otherTicks ? OtherTicks() : KurzantragRoundTripTests.Values();
        var fillable = KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options(values));
        var expected = SubmissionReader.Read([new("ausfuellbar.pdf", fillable)], KurzantragRoundTripTests.ReadOptions);
        var blank = KurzantragFormGenerator.Generate(KurzantragRoundTripTests.Options());
        var flattened = (filler, flattener) switch
        {
            (Filler.PdfLib, Flattener.PdfLib) => await KurzantragRoundTripTests.PdfLibAsync(blank, values, flatten: true), // one pdf-lib run
            (Filler.PdfLib, _) => await FlattenAsync(await KurzantragRoundTripTests.PdfLibAsync(blank, values, flatten: false), flattener),
            _ => await FlattenAsync(fillable, flattener),
        };

        var result = SubmissionReader.Read([new("flach.pdf", flattened)], KurzantragRoundTripTests.ReadOptions);

        Assert.Equal(KurzantragRoundTripTests.Json(expected.Record), KurzantragRoundTripTests.Json(result.Record));
        Assert.Equal(expected.Problems.Select(p => p.Code), result.Problems.Where(p => p.Code != "flattened-form").Select(p => p.Code));
        var flat = Assert.Single(result.Problems, p => p.Code == "flattened-form");
        Assert.True(flat.IsWarning);
        Assert.Equal(
            "In der Datei „flach.pdf“ sind die Formularfelder nicht mehr ausfüllbar; die Angaben und Kreuze wurden aus dem gedruckten Inhalt gelesen. Bitte die übernommenen Angaben prüfen oder die ausfüllbare Fassung senden.",
            flat.MessageDe);
        if (otherTicks)
        {
            Assert.True(result.Record.CourtProcedurePending);
            Assert.True(result.Record.Urgent);
            Assert.False(result.Record.Consent.FileInspection);
            Assert.Contains(result.Problems, p => p.Code == "missing-consent-scope" && p.Field == "einwilligung_akteneinsicht");
        }
        else
        {
            Assert.True(result.IsComplete, string.Join("\n", result.Problems.Select(p => p.MessageEn)));
            Assert.False(result.Record.OtherAuthorityCompetent);
            Assert.True(result.Record.Consent.DataProcessing && result.Record.Consent.ReleaseFromConfidentiality && result.Record.Consent.FileInspection);
            Assert.Equal(ConsentSignatureKind.HandwrittenAttested, result.Record.Consent.SignatureKind);
        }
    }

    [Fact]
    public async Task Separate_consent_form_flattened_by_qpdf_gives_its_ticks()
    {
        var values = KurzantragRoundTripTests.Values();
        var consent = KurzantragFormGenerator.GenerateConsentForm(KurzantragRoundTripTests.Options(values));

        var result = SubmissionReader.Read([new("einwilligung.pdf", await FlattenAsync(consent, Flattener.Qpdf))], KurzantragRoundTripTests.ReadOptions);

        Assert.True(result.HasConsent, string.Join("\n", result.Problems.Select(p => p.MessageEn)));
        Assert.Equal(ConsentSignatureKind.HandwrittenAttested, result.Record.Consent.SignatureKind);
    }

    internal static async Task<byte[]> FlattenAsync(byte[] pdf, Flattener flattener)
    {
        if (flattener == Flattener.PdfLib)
        {
            return await KurzantragRoundTripTests.PdfLibAsync(pdf, new Dictionary<string, string?>(), flatten: true);
        }

        var input = await Tools.TempFileAsync(pdf, ".pdf");
        var output = input + ".flat.pdf";
        try
        {
            var (exit, _, error) = flattener == Flattener.Qpdf
                ? await Tools.RunAsync("qpdf", ["--generate-appearances", "--flatten-annotations=all", input, output])
                : await Tools.RunAsync("pdftocairo", ["-pdf", input, output]);
            Assert.True(exit is 0 or 3, $"{flattener} failed: {error}"); // qpdf exits 3 for warnings
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
