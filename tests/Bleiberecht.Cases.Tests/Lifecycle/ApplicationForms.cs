using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>Kurzanträge made by our form generator and filled by our writer (as counsellors' PDF tools would).</summary>
internal static class ApplicationForms
{
    public const string FamilyName = "Öztürk";
    public const string GivenNames = "Ayse Gül";
    public const string BirthDate = "03.04.1991";
    public const string Street = "Musterstraße 1";

    /// <summary>What must never appear in a table row: the applicant's name, birth date, address, free texts.</summary>
    public static readonly string[] PersonalData = [FamilyName, GivenNames, BirthDate, "1991-04-03", Street, "Pflegefachkraft", "Verheiratet"];

    private static readonly string[] ConsentNames =
        ["einwilligung_datenschutz", "einwilligung_schweigepflicht", "einwilligung_akteneinsicht", "einwilligung_ort", "einwilligung_datum", "bestaetigung_unterschrift_liegt_vor"];

    public static Dictionary<string, string?> Complete() => new()
    {
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = "fluechtlingsberatung@awo.dortmund.example",
        ["berater_telefon"] = "0231 123456",
        ["person_familienname"] = FamilyName,
        ["person_vornamen"] = GivenNames,
        ["person_geburtsdatum"] = BirthDate,
        ["person_staatsangehoerigkeit"] = "türkisch",
        ["person_anschrift"] = Street + "\n44135 Dortmund",
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

    /// <summary>The complete application without any consent field.</summary>
    public static Dictionary<string, string?> WithoutConsent()
    {
        var values = Complete();
        foreach (var name in ConsentNames)
        {
            values.Remove(name);
        }

        return values;
    }

    /// <summary>The complete application answering one exclusion question with "yes".</summary>
    public static Dictionary<string, string?> WithExclusion(string question)
    {
        var values = Complete();
        values.Remove(question + "_nein");
        values[question + "_ja"] = "Yes";
        return values;
    }

    public static byte[] Application(IReadOnlyDictionary<string, string?> values, TimeProvider time) =>
        KurzantragFormGenerator.Generate(Options(values, time));

    /// <summary>The separate consent declaration, filled and attested.</summary>
    public static byte[] Consent(TimeProvider time) =>
        KurzantragFormGenerator.GenerateConsentForm(Options(Complete().Where(v => ConsentNames.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value), time));

    private static KurzantragFormOptions Options(IReadOnlyDictionary<string, string?> values, TimeProvider time) => new()
    {
        CommitteeName = "Gremium „Bleiberechte fördern“ der Stadt Dortmund",
        TimeProvider = time,
        Values = values,
    };
}
