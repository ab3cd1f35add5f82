using System.Text;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Documents.Tests.Generated;

public sealed class GeneratedDocumentTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Samples = new(() => DocumentSamples.Render(Clock));

    public static TheoryData<string, string[]> ExpectedTexts => new()
    {
        { "tagesordnung.pdf", ["Tagesordnung der 12. Sitzung der Härtefallkommission Musterstadt", "Mittwoch, 9. Dezember 2026 um 17:00 Uhr", "HFK-2026-017", "Nicht öffentlich", "Seite 1 von 1"] },
        { "einladung.pdf", ["Dr. Peter Mitglied", "Einladung zur 12. Sitzung am Mittwoch, 9. Dezember 2026", "Sehr geehrter Herr Dr. Mitglied,", "Tagesordnung", "HFK-2026-021", "Mit freundlichen Grüßen", "Jana Muster"] },
        { "dossier.pdf", ["Falldossier HFK-2026-017", "Alter: 35 Jahre", "Staatsangehörigkeit: türkisch", "Gründe für eine besondere Härte", "Vertraulich – nicht Bestandteil der Ausländerakte"] },
        { "bewertung.pdf", ["AWO Flüchtlingsberatung", "Ihre Eingabe für Ayşe Öztürk – Ergebnis der Beratung", "Unser Zeichen", "HFK-2026-017", "richtet ein Härtefallersuchen an die oberste Landesbehörde", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"] },
        { "mitteilung-abh.pdf", ["Ausländerbehörde", "Ihr Zeichen", "32/1-4711", "Die Bewertung dient Ihnen als Entscheidungshilfe."] },
        { "anforderung.pdf", ["fehlende Angaben", "• die unterschriebene Einwilligungserklärung", "bis zum 05.12.2026"] },
        { "erinnerung.pdf", ["Erinnerung: fehlende Angaben", "als unvollständig abschließen"] },
        { "abschluss.pdf", ["Abschluss des Verfahrens für Ayşe Öztürk", "Die Eingabe ist nicht zulässig.", "Ausschlussgrund"] },
        { "niederschrift.pdf", ["Niederschrift über die 12. Sitzung", "Vertraulich – nicht Bestandteil der Ausländerakte", "TOP 1: HFK-2026-017", "Ergebnis: Härtefallersuchen", "Vorsitz: Maria Vorsitz"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedTexts))]
    public async Task Generated_document_reads_back_with_its_expected_text_and_embedded_fonts(string file, string[] expected)
    {
        var pdf = Samples.Value[file];

        var text = Flat(await Tools.PdfToTextAsync(pdf));
        foreach (var phrase in expected)
        {
            Assert.Contains(phrase, text, StringComparison.Ordinal);
        }

        var fonts = (await Tools.PdfFontsAsync(pdf)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Contains("Identity-H       yes yes yes", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tagesordnung.pdf")]
    [InlineData("dossier.pdf")]
    [InlineData("niederschrift.pdf")]
    [InlineData("sitzung.ics")]
    public async Task Pseudonymised_documents_contain_no_personal_names(string file)
    {
        var content = file.EndsWith(".ics", StringComparison.Ordinal) ? Encoding.UTF8.GetString(Samples.Value[file]) : await Tools.PdfToTextAsync(Samples.Value[file]);

        foreach (var name in DocumentSamples.PersonalNames)
        {
            Assert.DoesNotContain(name, content, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("03.04.1991", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_places_the_address_window_and_subject_where_DIN_5008_form_B_puts_them()
    {
        var layoutText = await Tools.PdfToTextAsync(Samples.Value["bewertung.pdf"], layout: true);
        var lines = layoutText.Split('\n');

        // Address in the window (about lines 12–20 of 66 at 12.7 pt), subject below it, before the salutation.
        var recipient = Array.FindIndex(lines, l => l.Contains("Frau Sabine Beispiel", StringComparison.Ordinal));
        var subject = Array.FindIndex(lines, l => l.Contains("Ergebnis der Beratung", StringComparison.Ordinal));
        var salutation = Array.FindIndex(lines, l => l.Contains("Sehr geehrte Damen und Herren", StringComparison.Ordinal));
        Assert.InRange(recipient, 10, 24);
        Assert.True(subject > recipient && salutation > subject, layoutText);
        Assert.StartsWith("Frau Sabine Beispiel", lines[recipient].TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_entry_follows_RFC_5545()
    {
        var ics = Encoding.UTF8.GetString(Samples.Value["sitzung.ics"]);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;TZID=Europe/Berlin:20261209T170000\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND;TZID=Europe/Berlin:20261209T190000\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20261121T100000Z\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nUID:sitzung-12-20261209@hfk.example.org\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nSUMMARY:12. Sitzung der Härtefallkommission Musterstadt (nicht öffentlich)\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nLOCATION:Rathaus\\, Sitzungssaal 2\\, Rathausplatz 1\\, 12345 Musterstadt\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committee_templates_are_data_a_changed_text_appears_in_the_document()
    {
        var json = new StreamReader(typeof(TemplateSet).Assembly.GetManifestResourceStream(
            typeof(TemplateSet).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("default.templates.json", StringComparison.Ordinal)))!).ReadToEnd();
        var custom = TemplateSet.FromJson(json.Replace("Die Bewertung dient Ihnen als Entscheidungshilfe.", "Wir bitten um Berücksichtigung bei Ihrer Entscheidung.", StringComparison.Ordinal));

        var pdf = DocumentSamples.Render(Clock, custom)["mitteilung-abh.pdf"];

        var text = Flat(await Tools.PdfToTextAsync(pdf));
        Assert.Contains("Wir bitten um Berücksichtigung bei Ihrer Entscheidung.", text, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => TemplateSet.FromJson("""{ "documents": { "agenda": { "title": "x" } } }"""));
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
