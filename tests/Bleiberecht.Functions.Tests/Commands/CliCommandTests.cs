using System.Text.Json;
using Bleiberecht.Documents.Application;
using Bleiberecht.Functions.Commands;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Commands;

/// <summary>The operator commands run as an operator would: arguments in, JSON and an exit code out.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("bleiberecht-cli-");

    public void Dispose() => temp.Delete(recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var command = CommandLine.Find(args) ?? throw new InvalidOperationException("no command for " + string.Join(' ', args));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await command.RunAsync(args.Skip(command.Verb.Count).ToArray(), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(temp.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static Dictionary<string, string?> CompleteValues() => new()
    {
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = "fluechtlingsberatung@awo.dortmund.example",
        ["person_familienname"] = "Musterfrau",
        ["person_vornamen"] = "Erika",
        ["person_geburtsdatum"] = "03.04.1991",
        ["person_staatsangehoerigkeit"] = "kosovarisch",
        ["person_anschrift"] = "Musterstraße 1, 44135 Dortmund",
        ["aufenthalt_duldung_seit"] = "02.05.2019",
        ["aufenthalt_einreise"] = "14.10.2015",
        ["ausschluss_andere_abh_nein"] = "Yes",
        ["ausschluss_verwaltungsgericht_nein"] = "Yes",
        ["ausschluss_asylantrag_nein"] = "Yes",
        ["abschiebung_terminiert_nein"] = "Yes",
        ["haertegruende"] = "Seit 2015 in Deutschland, Ausbildung zur Pflegefachkraft.",
        ["einwilligung_datenschutz"] = "Yes",
        ["einwilligung_schweigepflicht"] = "Yes",
        ["einwilligung_akteneinsicht"] = "Yes",
        ["einwilligung_ort"] = "Dortmund",
        ["einwilligung_datum"] = "20.11.2025",
        ["bestaetigung_unterschrift_liegt_vor"] = "Yes",
    };

    [Fact]
    public async Task Application_inspect_prints_the_record_of_a_complete_form_and_exits_zero()
    {
        var pdf = Write("antrag.pdf", KurzantragFormGenerator.Generate(new KurzantragFormOptions { CommitteeName = "Gremium Bleiberechte fördern", Values = CompleteValues() }));

        var (exitCode, output, error) = await RunAsync("application", "inspect", pdf);

        Assert.True(exitCode == 0, error + output);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.True(json.RootElement.GetProperty("hasConsent").GetBoolean());
        Assert.Equal("Musterfrau", json.RootElement.GetProperty("record").GetProperty("familyName").GetString());
        Assert.Equal("1991-04-03", json.RootElement.GetProperty("record").GetProperty("dateOfBirth").GetString());
    }

    [Fact]
    public async Task Application_inspect_of_an_empty_form_lists_what_is_missing_and_exits_one()
    {
        var pdf = Write("leer.pdf", KurzantragFormGenerator.Generate(new KurzantragFormOptions { CommitteeName = "Gremium Bleiberechte fördern" }));

        var (exitCode, output, error) = await RunAsync("application", "inspect", pdf);

        Assert.Equal(1, exitCode);
        Assert.Contains("application inspect: missing-field: Required field missing: 'Date of birth'.", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Contains(
            json.RootElement.GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("messageDe").GetString() == "Pflichtangabe fehlt: „Geburtsdatum“ (Abschnitt 2. Antragstellende Person).");
    }

    [Fact]
    public async Task Application_inspect_says_when_a_file_is_not_a_pdf_or_not_there()
    {
        var text = Write("antrag.pdf", "Sehr geehrte Damen und Herren"u8.ToArray());

        var notPdf = await RunAsync("application", "inspect", text);
        var missing = await RunAsync("application", "inspect", Path.Combine(temp.FullName, "fehlt.pdf"));

        Assert.Equal(1, notPdf.ExitCode);
        Assert.Contains("not-a-pdf", notPdf.Error, StringComparison.Ordinal);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_sample_renders_every_document_type_into_the_folder()
    {
        var folder = Path.Combine(temp.FullName, "muster");

        var (exitCode, output, error) = await RunAsync("documents", "sample", folder);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var names = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
        Assert.True(names.Length >= 10, string.Join(", ", names));
        Assert.Contains(names, n => n.EndsWith(".ics", StringComparison.Ordinal));
        Assert.All(names.Where(n => n.EndsWith(".pdf", StringComparison.Ordinal)), n =>
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, n))[..5]));
        Assert.Equal(names.Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Mail_inspect_shows_sender_and_pdf_attachments_of_a_thunderbird_message()
    {
        var eml = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Mail", "Fixtures", "thunderbird-attachment.eml");

        var (exitCode, output, error) = await RunAsync("mail", "inspect", eml);

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Jörg Müller", json.RootElement.GetProperty("from").GetProperty("name").GetString());
        var attachments = json.RootElement.GetProperty("attachments").EnumerateArray().ToArray();
        Assert.Equal("Kurzantrag_A.pdf", attachments[0].GetProperty("name").GetString());
        Assert.All(attachments, a => Assert.True(a.GetProperty("isPdf").GetBoolean()));
    }

    [Fact]
    public async Task Mail_inspect_refuses_a_message_that_is_not_one_with_the_counsellors_text()
    {
        var junk = Write("kaputt.eml", new byte[] { 0, 1, 2, 3, 0, 0, 0 });

        var (exitCode, output, error) = await RunAsync("mail", "inspect", junk);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Malformed:", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.StartsWith("Ihre E-Mail konnte technisch nicht gelesen werden.", json.RootElement.GetProperty("problems")[0].GetProperty("de").GetString(), StringComparison.Ordinal);
    }
}
