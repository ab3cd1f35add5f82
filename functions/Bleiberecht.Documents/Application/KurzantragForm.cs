namespace Bleiberecht.Documents.Application;

/// <summary>
/// The standardised short application (Kurzantrag) of the committee: version and the field catalogue.
/// Field names are stable within a version and documented in <c>docs/kurzantrag.md</c>; a new version
/// adds a new catalogue and keeps reading the old ones.
/// </summary>
public static class KurzantragForm
{
    /// <summary>The form version written into every generated form (hidden field and document metadata).</summary>
    public const string CurrentVersion = "KA-2026.1";

    /// <summary>Name of the hidden field that carries the form version.</summary>
    public const string VersionFieldName = "formular_version";

    /// <summary>Language levels offered for <c>integration_sprachniveau</c>.</summary>
    public static IReadOnlyList<string> LanguageLevels { get; } = ["keine", "A1", "A2", "B1", "B2", "C1", "C2"];

    /// <summary>Printed German section titles.</summary>
    public static IReadOnlyDictionary<FormSection, string> SectionTitles { get; } = new Dictionary<FormSection, string>
    {
        [FormSection.Counsellor] = "1. Beratende Stelle",
        [FormSection.Applicant] = "2. Antragstellende Person",
        [FormSection.Residence] = "3. Aufenthalt",
        [FormSection.Exclusions] = "4. Ausschlussgründe",
        [FormSection.Hardship] = "5. Gründe für eine besondere Härte",
        [FormSection.Family] = "6. Familie",
        [FormSection.Integration] = "7. Integration",
        [FormSection.Urgency] = "8. Dringlichkeit",
        [FormSection.Consent] = "9. Einwilligungserklärung und Entbindung von der Schweigepflicht",
    };

    /// <summary>Every field, in printed order.</summary>
    public static IReadOnlyList<FormField> Fields { get; } =
    [
        new("berater_name", FormSection.Counsellor, "Name der Beraterin / des Beraters", "Counsellor's name", FieldKind.Text, Required: true),
        new("berater_organisation", FormSection.Counsellor, "Träger / Organisation", "Organisation", FieldKind.Text, Required: true),
        new("berater_email", FormSection.Counsellor, "E-Mail", "E-mail", FieldKind.Email, Required: true),
        new("berater_telefon", FormSection.Counsellor, "Telefon", "Telephone", FieldKind.Text, MaxLength: 40),

        new("person_familienname", FormSection.Applicant, "Familienname", "Family name", FieldKind.Text, Required: true),
        new("person_vornamen", FormSection.Applicant, "Vorname(n)", "Given name(s)", FieldKind.Text, Required: true),
        new("person_geburtsdatum", FormSection.Applicant, "Geburtsdatum", "Date of birth", FieldKind.Date, Required: true),
        new("person_staatsangehoerigkeit", FormSection.Applicant, "Staatsangehörigkeit", "Nationality", FieldKind.Text, Required: true),
        new("person_anschrift", FormSection.Applicant, "Anschrift", "Address", FieldKind.MultilineText, Required: true, MaxLength: 300),
        new("abh_aktenzeichen", FormSection.Applicant, "Aktenzeichen der Ausländerbehörde", "Foreigners' authority file reference", FieldKind.Text, MaxLength: 60),

        new("aufenthalt_duldung_seit", FormSection.Residence, "Geduldet seit", "Tolerated (Duldung) since", FieldKind.Date, Required: true),
        new("aufenthalt_einreise", FormSection.Residence, "Einreise am", "Date of entry", FieldKind.Date, Required: true),
        new("aufenthalt_fruehere_status", FormSection.Residence, "Frühere Aufenthaltsstatus", "Earlier residence statuses", FieldKind.MultilineText, MaxLength: 1000),

        new("ausschluss_andere_abh", FormSection.Exclusions, "Ist eine andere Ausländerbehörde zuständig (Kap. 7 AufenthG)?", "Is another foreigners' authority competent (chapter 7 AufenthG)?", FieldKind.YesNo, Required: true),
        new("ausschluss_verwaltungsgericht", FormSection.Exclusions, "Ist in derselben Angelegenheit ein verwaltungsgerichtliches Verfahren anhängig?", "Is an administrative court procedure pending in this matter?", FieldKind.YesNo, Required: true),
        new("ausschluss_asylantrag", FormSection.Exclusions, "Wurde ein Asylantrag gestellt oder ist einer anhängig?", "Has an asylum application been filed or is one pending?", FieldKind.YesNo, Required: true),
        new("abschiebung_terminiert", FormSection.Exclusions, "Steht ein Abschiebungstermin bereits fest?", "Has a deportation date already been fixed?", FieldKind.YesNo, Required: true),
        new("abschiebung_datum", FormSection.Exclusions, "Abschiebungstermin", "Deportation date", FieldKind.Date),

        new("haertegruende", FormSection.Hardship, "Gründe, die für eine besondere Härte sprechen", "Reasons for a particular hardship", FieldKind.MultilineText, Required: true, MaxLength: 8000),

        new("familie_minderjaehrige_kinder", FormSection.Family, "Anzahl minderjähriger Kinder", "Number of minor children", FieldKind.Number),
        new("familie_angaben", FormSection.Family, "Angaben zur Familie", "Family details", FieldKind.MultilineText, MaxLength: 2000),

        new("integration_arbeit", FormSection.Integration, "Arbeit / Beschäftigung", "Work / employment", FieldKind.MultilineText, MaxLength: 1000),
        new("integration_sprachniveau", FormSection.Integration, "Deutschkenntnisse (Sprachniveau)", "German language level", FieldKind.Choice, Choices: LanguageLevels),
        new("integration_schule_ausbildung", FormSection.Integration, "Schule / Ausbildung / Studium", "School / training / studies", FieldKind.MultilineText, MaxLength: 1000),

        new("dringend", FormSection.Urgency, "Ist der Fall dringend?", "Is the case urgent?", FieldKind.YesNo),
        new("dringend_begruendung", FormSection.Urgency, "Begründung der Dringlichkeit", "Reason for urgency", FieldKind.MultilineText, MaxLength: 2000),

        new("einwilligung_datenschutz", FormSection.Consent, "Ich willige ein, dass meine Angaben und Unterlagen vom Gremium und der Ausländerbehörde zur Befassung mit meinem Fall verarbeitet werden.", "Consent to processing by the committee and the foreigners' authority", FieldKind.Checkbox, Required: true),
        new("einwilligung_schweigepflicht", FormSection.Consent, "Ich entbinde die beratende Stelle gegenüber dem Gremium und der Ausländerbehörde von der Schweigepflicht.", "Release of the counsellor from confidentiality", FieldKind.Checkbox, Required: true),
        new("einwilligung_akteneinsicht", FormSection.Consent, "Ich bin einverstanden, dass die Mitglieder des Gremiums Einsicht in meine Ausländerakte nehmen.", "Consent to the members seeing the foreigners' authority file", FieldKind.Checkbox, Required: true),
        new("einwilligung_ort", FormSection.Consent, "Ort", "Place", FieldKind.Text, Required: true, MaxLength: 80),
        new("einwilligung_datum", FormSection.Consent, "Datum", "Date", FieldKind.Date, Required: true),
        new("einwilligung_unterschrift", FormSection.Consent, "Unterschrift der antragstellenden Person", "Applicant's signature", FieldKind.Signature),
        new("bestaetigung_unterschrift_liegt_vor", FormSection.Consent, "Die beratende Stelle bestätigt: Die eigenhändig unterschriebene Einwilligungserklärung liegt im Original vor.", "The counsellor attests that the handwritten signed consent is on file", FieldKind.Checkbox),
    ];

    /// <summary>The field with the given stable name.</summary>
    public static FormField Field(string name) => Fields.First(f => f.Name == name);

    /// <summary>The fields of the separate one-page consent declaration.</summary>
    public static IReadOnlyList<FormField> ConsentFields { get; } =
        [.. Fields.Where(f => f.Section == FormSection.Consent), Field("person_familienname"), Field("person_vornamen"), Field("person_geburtsdatum")];
}
