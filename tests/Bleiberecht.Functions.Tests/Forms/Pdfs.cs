using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Kurzantrag PDFs for the form tests, made with the app's own generator and filled as the documents tests fill them.</summary>
internal static class Pdfs
{
    private static readonly TimeProvider Clock = new Testing.ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A complete, attested application with consent.</summary>
    public static byte[] Complete() => Generate(Values(withConsent: true));

    /// <summary>The same application without any consent item ticked or filled.</summary>
    public static byte[] WithoutConsent() => Generate(Values(withConsent: false));

    /// <summary>The separate one-page consent form, filled.</summary>
    public static byte[] Consent() => KurzantragFormGenerator.GenerateConsentForm(Options(Values(withConsent: true)));

    /// <summary>A text file (someone renamed it to .pdf).</summary>
    public static byte[] Text() => "Dies ist kein PDF, nur eine umbenannte Textdatei.\n"u8.ToArray();

    private static byte[] Generate(Dictionary<string, string?> values) => KurzantragFormGenerator.Generate(Options(values));

    private static KurzantragFormOptions Options(Dictionary<string, string?> values) => new()
    {
        CommitteeName = "Gremium „Bleiberechte fördern“ Dortmund",
        TimeProvider = Clock,
        Values = values,
    };

    private static Dictionary<string, string?> Values(bool withConsent)
    {
        var values = new Dictionary<string, string?>
        {
            ["berater_name"] = "Sabine Beispiel",
            ["berater_organisation"] = "AWO Flüchtlingsberatung",
            ["berater_email"] = "fluechtlingsberatung@awo.dortmund.example",
            ["person_familienname"] = "Öztürk",
            ["person_vornamen"] = "Ayse Gül",
            ["person_geburtsdatum"] = "03.04.1991",
            ["person_staatsangehoerigkeit"] = "türkisch",
            ["person_anschrift"] = "Musterstraße 1\n44135 Dortmund",
            ["aufenthalt_duldung_seit"] = "02.05.2019",
            ["aufenthalt_einreise"] = "14.10.2015",
            ["ausschluss_andere_abh_nein"] = "Yes",
            ["ausschluss_verwaltungsgericht_nein"] = "Yes",
            ["ausschluss_asylantrag_nein"] = "Yes",
            ["abschiebung_terminiert_nein"] = "Yes",
            ["haertegruende"] = "Seit 2015 in Deutschland, Ausbildung zur Pflegefachkraft, zwei Kinder in der Schule.",
            ["dringend_nein"] = "Yes",
        };
        if (withConsent)
        {
            values["einwilligung_datenschutz"] = "Yes";
            values["einwilligung_schweigepflicht"] = "Yes";
            values["einwilligung_akteneinsicht"] = "Yes";
            values["einwilligung_ort"] = "Dortmund";
            values["einwilligung_datum"] = "20.11.2026";
            values["bestaetigung_unterschrift_liegt_vor"] = "Yes";
        }

        return values;
    }
}
