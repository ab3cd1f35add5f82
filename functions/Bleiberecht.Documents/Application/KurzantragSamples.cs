namespace Bleiberecht.Documents.Application;

/// <summary>
/// Sample Kurzanträge for the demo and the tests: made by the form generator, filled (by our writer, as a PDF viewer
/// would) with a fictional applicant. Each <c>reference</c> gives another applicant, hence another file.
/// </summary>
public static class KurzantragSamples
{
    /// <summary>The registered AWO counsellor of the Dortmund sample committee.</summary>
    public const string AwoCounsellor = "fluechtlingsberatung@awo.dortmund.example";

    /// <summary>The applicant's given names (every sample).</summary>
    public const string GivenNames = "Ayse Gül";

    /// <summary>The applicant's street (every sample).</summary>
    public const string Street = "Musterstraße 1";

    private static readonly HashSet<string> ConsentNames =
        KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The applicant's family name of sample <paramref name="reference"/>.</summary>
    public static string FamilyName(string reference) => "Öztürk-" + reference;

    /// <summary>The ABH's file reference of sample <paramref name="reference"/>.</summary>
    public static string AuthorityFileReference(string reference) => "32/1-" + reference;

    /// <summary>Texts that must never appear in a table row, a log or an agenda: name, birth date, address.</summary>
    public static string[] PersonalData(string reference) => [FamilyName(reference), GivenNames, "03.04.1991", "1991-04-03", Street];

    /// <summary>The field values of a complete application with consent (handwritten signature attested).</summary>
    public static Dictionary<string, string?> Complete(string reference) => new(StringComparer.Ordinal)
    {
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = AwoCounsellor,
        ["berater_telefon"] = "0231 123456",
        ["person_familienname"] = FamilyName(reference),
        ["person_vornamen"] = GivenNames,
        ["person_geburtsdatum"] = "03.04.1991",
        ["person_staatsangehoerigkeit"] = "türkisch",
        ["person_anschrift"] = Street + "\n44135 Dortmund",
        ["abh_aktenzeichen"] = AuthorityFileReference(reference),
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

    /// <summary>The values without the consent section (section 9 left empty).</summary>
    public static Dictionary<string, string?> WithoutConsent(string reference) =>
        Complete(reference).Where(v => !ConsentNames.Contains(v.Key)).ToDictionary(StringComparer.Ordinal);

    /// <summary>The values answering exclusion question <paramref name="question"/> (e.g. <c>ausschluss_asylantrag</c>) with yes.</summary>
    public static Dictionary<string, string?> WithExclusion(string reference, string question)
    {
        var values = Complete(reference);
        values.Remove(question + "_nein");
        values[question + "_ja"] = "Yes";
        return values;
    }

    /// <summary>The values of an urgent case: a deportation date is fixed.</summary>
    public static Dictionary<string, string?> Urgent(string reference, DateOnly deportationDate)
    {
        var values = Complete(reference);
        values.Remove("abschiebung_terminiert_nein");
        values.Remove("dringend_nein");
        values["abschiebung_terminiert_ja"] = "Yes";
        values["abschiebung_datum"] = deportationDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        values["dringend_ja"] = "Yes";
        values["dringend_begruendung"] = "Abschiebungstermin steht fest.";
        return values;
    }

    /// <summary>The filled Kurzantrag PDF.</summary>
    public static byte[] Pdf(IReadOnlyDictionary<string, string?> values, TimeProvider? time = null) =>
        KurzantragFormGenerator.Generate(Options(values, time));

    /// <summary>The separate one-page consent declaration of sample <paramref name="reference"/>, filled and attested.</summary>
    public static byte[] ConsentPdf(string reference, TimeProvider? time = null) =>
        KurzantragFormGenerator.GenerateConsentForm(Options(
            Complete(reference).Where(v => ConsentNames.Contains(v.Key) || v.Key.StartsWith("person_", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal),
            time));

    private static KurzantragFormOptions Options(IReadOnlyDictionary<string, string?> values, TimeProvider? time) => new()
    {
        CommitteeName = "Gremium „Bleiberechte fördern“ der Stadt Dortmund",
        TimeProvider = time ?? TimeProvider.System,
        Values = values,
    };
}
