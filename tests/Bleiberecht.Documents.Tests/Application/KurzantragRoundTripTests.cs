using System.Text.Json;
using Bleiberecht.Documents.Application;
using Bleiberecht.Pdf;
using Bleiberecht.Testing;

namespace Bleiberecht.Documents.Tests.Application;

public sealed class KurzantragRoundTripTests
{
    internal static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    private static readonly string FillScript = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Application", "Node", "fill-flatten.mjs");

    // Windows-1252 only: pdf-lib regenerates appearances with Helvetica (see docs/pdf-writer.md).
    internal static Dictionary<string, string?> Values() => new()
    {
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = "beratung@awo.example.org",
        ["berater_telefon"] = "0231 123456",
        ["person_familienname"] = "Öztürk",
        ["person_vornamen"] = "Ayse Gül",
        ["person_geburtsdatum"] = "03.04.1991",
        ["person_staatsangehoerigkeit"] = "türkisch",
        ["person_anschrift"] = "Musterstraße 1\n44135 Dortmund",
        ["abh_aktenzeichen"] = "32/1-4711",
        ["aufenthalt_duldung_seit"] = "02.05.2019",
        ["aufenthalt_einreise"] = "14.10.2015",
        ["ausschluss_andere_abh_nein"] = "Yes",
        ["ausschluss_verwaltungsgericht_nein"] = "Yes",
        ["ausschluss_asylantrag_nein"] = "Yes",
        ["abschiebung_terminiert_nein"] = "Yes",
        ["haertegruende"] = "Seit 2015 in Deutschland.\nAusbildung zur Pflegefachkraft, zwei Kinder in der Schule.",
        ["familie_minderjaehrige_kinder"] = "2",
        ["familie_angaben"] = "Verheiratet, zwei Töchter (8 und 11 Jahre).",
        ["integration_arbeit"] = "Pflegehelferin, 30 Stunden pro Woche",
        ["integration_sprachniveau"] = "B2",
        ["dringend_nein"] = "Yes",
        ["einwilligung_datenschutz"] = "Yes",
        ["einwilligung_schweigepflicht"] = "Yes",
        ["einwilligung_akteneinsicht"] = "Yes",
        ["einwilligung_ort"] = "Dortmund",
        ["einwilligung_datum"] = "20.11.2026",
        ["bestaetigung_unterschrift_liegt_vor"] = "Yes",
    };

    internal static KurzantragFormOptions Options(IReadOnlyDictionary<string, string?>? values = null) => new()
    {
        CommitteeName = "Härtefallkommission Musterstadt",
        TimeProvider = Clock,
        Values = values ?? new Dictionary<string, string?>(),
    };

    internal static SubmissionReadOptions ReadOptions => new() { TimeProvider = Clock };

    [Fact]
    public async Task Generated_form_has_every_stable_field_the_version_and_the_recipients()
    {
        var pdf = KurzantragFormGenerator.Generate(Options());

        using var document = PdfDocument.Open(pdf);
        var names = document.GetForm().Fields.Select(f => f.FullName).ToHashSet();
        foreach (var name in KurzantragForm.Fields.SelectMany(f => f.AcroFormNames))
        {
            Assert.Contains(name, names);
        }

        Assert.Equal(KurzantragForm.CurrentVersion, document.GetForm().GetField(KurzantragForm.VersionFieldName)!.Value);
        Assert.True(document.GetForm().GetField(KurzantragForm.VersionFieldName)!.IsReadOnly);
        Assert.Contains(KurzantragForm.CurrentVersion, document.Information.Subject, StringComparison.Ordinal);
        Assert.Contains(KurzantragForm.CurrentVersion, document.Information.Keywords, StringComparison.Ordinal);

        var text = Flat(await Tools.PdfToTextAsync(pdf));
        Assert.Contains("Kurzantrag an die Härtefallkommission", text, StringComparison.Ordinal);
        Assert.Contains("Empfänger meiner Angaben und Unterlagen sind die Härtefallkommission Musterstadt (Gremium) und die zuständige Ausländerbehörde (ABH)", text, StringComparison.Ordinal);
        Assert.Contains("5. Gründe für eine besondere Härte", text, StringComparison.Ordinal);
        Assert.Contains("Die beratende Stelle bestätigt", text, StringComparison.Ordinal);
        var fonts = await Tools.PdfFontsAsync(pdf);
        Assert.DoesNotContain(" no  ", fonts.Split('\n').Skip(2).FirstOrDefault() ?? " no  ", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Separate_consent_form_is_one_page_with_the_consent_fields_and_the_committee_name()
    {
        var pdf = KurzantragFormGenerator.GenerateConsentForm(Options() with { CommitteeName = "Härtefallbeirat Nordkreis" });

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var names = document.GetForm().Fields.Select(f => f.FullName).ToHashSet();
        foreach (var field in KurzantragForm.ConsentFields)
        {
            Assert.Contains(field.Name, names);
        }

        var text = Flat(await Tools.PdfToTextAsync(pdf));
        Assert.Contains("Härtefallbeirat Nordkreis (Gremium)", text, StringComparison.Ordinal);
        Assert.Contains("Entbindung von der Schweigepflicht", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_filled_by_our_writer_reads_back_complete()
    {
        var pdf = KurzantragFormGenerator.Generate(Options(Values()));

        var result = SubmissionReader.Read([new("antrag.pdf", pdf)], ReadOptions);

        Assert.True(result.IsComplete, string.Join("\n", result.Problems.Select(p => p.MessageEn)));
        Assert.Equal(ConsentSignatureKind.HandwrittenAttested, result.Record.Consent.SignatureKind);
        Assert.Equal("Öztürk", result.Record.FamilyName);
        Assert.Equal(new DateOnly(1991, 4, 3), result.Record.DateOfBirth);
        Assert.Equal(KurzantragForm.CurrentVersion, result.Record.FormVersion);
    }

    [Fact]
    public async Task Form_filled_by_pdf_lib_reads_back_into_the_same_record_as_filled_by_our_writer()
    {
        var ours = SubmissionReader.Read([new("ours.pdf", KurzantragFormGenerator.Generate(Options(Values())))], ReadOptions);
        var filled = await PdfLibAsync(KurzantragFormGenerator.Generate(Options()), Values(), flatten: false);

        var theirs = SubmissionReader.Read([new("pdf-lib.pdf", filled)], ReadOptions);

        Assert.True(theirs.IsComplete, string.Join("\n", theirs.Problems.Select(p => p.MessageEn)));
        Assert.Equal(Json(ours.Record), Json(theirs.Record));
    }

    internal static async Task<byte[]> PdfLibAsync(byte[] pdf, IReadOnlyDictionary<string, string?> values, bool flatten)
    {
        var input = await Tools.TempFileAsync(pdf, ".pdf");
        var output = input + ".out.pdf";
        try
        {
            var json = JsonSerializer.Serialize(values.ToDictionary(
                v => v.Key,
                v => v.Value == "Yes" ? (object)true : v.Value ?? string.Empty));
            var (exit, _, error) = await NodeProcess.RunAsync(FillScript, flatten ? [input, output, "--flatten"] : [input, output], standardInput: json, timeout: TimeSpan.FromSeconds(60));
            Assert.True(exit == 0, $"pdf-lib failed: {error}");
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
