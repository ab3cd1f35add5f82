using System.Globalization;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Turns the raw field values of a Kurzantrag (from AcroForm fields, or from the printed labels of a flattened
/// form) and the signature verdicts into a typed <see cref="ApplicationRecord"/> and a precise problem list.
/// </summary>
public static class ApplicationFieldReader
{
    /// <summary>Reads <paramref name="values"/> (field name → raw value) as of <paramref name="today"/>.</summary>
    public static ApplicationReadResult Read(
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyList<SignatureEvidence> signatures,
        DateOnly today)
    {
        var context = new ReadContext(values, today);
        var version = FieldValues.Text(values.GetValueOrDefault(KurzantragForm.VersionFieldName));
        if (version is not null && version != KurzantragForm.CurrentVersion)
        {
            context.Problems.Add(new(
                "unknown-form-version",
                KurzantragForm.VersionFieldName,
                $"Das Formular hat die unbekannte Version „{version}“. Bitte das aktuelle Formular (Version {KurzantragForm.CurrentVersion}) verwenden.",
                $"The form has the unknown version '{version}'. Please use the current form (version {KurzantragForm.CurrentVersion})."));
        }

        var deportationFixed = context.YesNo("abschiebung_terminiert");
        var urgent = context.YesNo("dringend");
        var record = new ApplicationRecord
        {
            FormVersion = version,
            CounsellorName = context.Text("berater_name"),
            CounsellorOrganisation = context.Text("berater_organisation"),
            CounsellorEmail = context.Email("berater_email"),
            CounsellorTelephone = context.Text("berater_telefon"),
            FamilyName = context.Text("person_familienname"),
            GivenNames = context.Text("person_vornamen"),
            DateOfBirth = context.Date("person_geburtsdatum", notAfterToday: true),
            Nationality = context.Text("person_staatsangehoerigkeit"),
            Address = context.Text("person_anschrift"),
            AuthorityFileReference = context.Text("abh_aktenzeichen"),
            ToleratedSince = context.Date("aufenthalt_duldung_seit", notAfterToday: true),
            EntryDate = context.Date("aufenthalt_einreise", notAfterToday: true),
            EarlierStatuses = context.Text("aufenthalt_fruehere_status"),
            OtherAuthorityCompetent = context.YesNo("ausschluss_andere_abh"),
            CourtProcedurePending = context.YesNo("ausschluss_verwaltungsgericht"),
            AsylumApplication = context.YesNo("ausschluss_asylantrag"),
            DeportationDateFixed = deportationFixed,
            DeportationDate = context.Date("abschiebung_datum", notAfterToday: false, requiredNow: deportationFixed == true),
            HardshipReasons = context.Text("haertegruende"),
            MinorChildren = context.Number("familie_minderjaehrige_kinder", 0, 30),
            FamilyDetails = context.Text("familie_angaben"),
            Work = context.Text("integration_arbeit"),
            LanguageLevel = context.Choice("integration_sprachniveau"),
            SchoolOrTraining = context.Text("integration_schule_ausbildung"),
            Urgent = urgent,
            UrgencyReason = context.Text("dringend_begruendung", requiredNow: urgent == true),
            Consent = ReadConsent(context, signatures),
        };

        CheckPlausibility(record, context);
        return new ApplicationReadResult(record, context.Problems);
    }

    private static ConsentRecord ReadConsent(ReadContext context, IReadOnlyList<SignatureEvidence> signatures)
    {
        var consent = new ConsentRecord
        {
            DataProcessing = context.Checkbox("einwilligung_datenschutz"),
            ReleaseFromConfidentiality = context.Checkbox("einwilligung_schweigepflicht"),
            FileInspection = context.Checkbox("einwilligung_akteneinsicht"),
            Place = context.Text("einwilligung_ort"),
            Date = context.Date("einwilligung_datum", notAfterToday: true),
        };

        var attested = context.Checkbox("bestaetigung_unterschrift_liegt_vor", required: false);
        var digital = signatures.FirstOrDefault(s => s.FieldName == "einwilligung_unterschrift") ?? signatures.FirstOrDefault();
        var kind = ConsentSignatureKind.None;
        if (digital is { Valid: false })
        {
            context.Problems.Add(new(
                "signature-invalid",
                "einwilligung_unterschrift",
                "Die digitale Unterschrift der Einwilligungserklärung ist ungültig: Das Dokument wurde nach dem Unterschreiben verändert. Bitte die Erklärung neu unterschreiben lassen.",
                "The digital signature of the consent declaration is invalid: the document was changed after signing. Please have it signed again."));
            return consent with { DigitalSignature = digital };
        }

        if (digital is { CoversWholeFile: true, Trusted: true })
        {
            kind = ConsentSignatureKind.Digital;
        }
        else if (attested)
        {
            kind = ConsentSignatureKind.HandwrittenAttested;
            if (digital is not null)
            {
                context.Problems.Add(DigitalSignatureWarning(digital, isWarning: true));
            }
        }
        else if (digital is not null)
        {
            context.Problems.Add(DigitalSignatureWarning(digital, isWarning: false));
        }
        else
        {
            context.Problems.Add(new(
                "missing-signature",
                "einwilligung_unterschrift",
                "Die Einwilligungserklärung ist nicht unterschrieben: Bitte digital unterschreiben lassen oder bestätigen, dass die eigenhändig unterschriebene Erklärung im Original vorliegt.",
                "The consent declaration is not signed: have it signed digitally, or attest that the handwritten signed original is on file."));
        }

        return consent with { SignatureKind = kind, DigitalSignature = digital };
    }

    private static ApplicationProblem DigitalSignatureWarning(SignatureEvidence digital, bool isWarning)
    {
        var (de, en) = !digital.CoversWholeFile
            ? ("Die digitale Unterschrift deckt nicht das ganze Dokument ab (es wurde danach ergänzt).", "The digital signature does not cover the whole document (something was added afterwards).")
            : ("Das Zertifikat der digitalen Unterschrift stammt nicht von einer vertrauenswürdigen Stelle.", "The digital signature's certificate is not from a trusted authority.");
        return isWarning
            ? new("signature-not-accepted", "einwilligung_unterschrift", de + " Es gilt die bestätigte eigenhändige Unterschrift.", en + " The attested handwritten signature counts.", IsWarning: true)
            : new("signature-not-accepted", "einwilligung_unterschrift", de + " Bitte bestätigen, dass die eigenhändig unterschriebene Erklärung im Original vorliegt, oder neu unterschreiben lassen.", en + " Please attest that the handwritten signed original is on file, or have it signed again.");
    }

    private static void CheckPlausibility(ApplicationRecord record, ReadContext context)
    {
        if (record.EntryDate is { } entry && record.ToleratedSince is { } tolerated && tolerated < entry)
        {
            context.Problems.Add(new(
                "implausible-dates",
                "aufenthalt_duldung_seit",
                "„Geduldet seit“ liegt vor dem Einreisedatum. Bitte beide Daten prüfen.",
                "'Tolerated since' lies before the date of entry. Please check both dates.",
                IsWarning: true));
        }

        if (record.DateOfBirth is { } birth && record.EntryDate is { } entered && entered < birth)
        {
            context.Problems.Add(new(
                "implausible-dates",
                "aufenthalt_einreise",
                "Das Einreisedatum liegt vor dem Geburtsdatum. Bitte beide Daten prüfen.",
                "The date of entry lies before the date of birth. Please check both dates.",
                IsWarning: true));
        }

        if (record.DeportationDate is { } deportation && deportation < context.Today)
        {
            context.Problems.Add(new(
                "deportation-date-past",
                "abschiebung_datum",
                "Der angegebene Abschiebungstermin liegt in der Vergangenheit.",
                "The deportation date given lies in the past.",
                IsWarning: true));
        }
    }

    private sealed class ReadContext(IReadOnlyDictionary<string, string?> values, DateOnly today)
    {
        public List<ApplicationProblem> Problems { get; } = [];

        public DateOnly Today => today;

        private static string SectionOf(FormField field) => KurzantragForm.SectionTitles[field.Section];

        private void Missing(FormField field) => Problems.Add(new(
            "missing-field",
            field.Name,
            $"Pflichtangabe fehlt: „{field.Label}“ (Abschnitt {SectionOf(field)}).",
            $"Required field missing: '{field.LabelEn}'."));

        private void Invalid(FormField field, string code, string de, string en) => Problems.Add(new(
            code,
            field.Name,
            $"„{field.Label}“ (Abschnitt {SectionOf(field)}): {de}",
            $"'{field.LabelEn}': {en}"));

        public string? Text(string name, bool requiredNow = false)
        {
            var field = KurzantragForm.Field(name);
            var text = FieldValues.Text(values.GetValueOrDefault(name));
            if (text is null)
            {
                if (field.Required || requiredNow)
                {
                    Missing(field);
                }

                return null;
            }

            if (text.Length > field.MaxLength)
            {
                Invalid(field, "too-long", $"höchstens {field.MaxLength} Zeichen (hier {text.Length}).", $"at most {field.MaxLength} characters (here {text.Length}).");
                return text[..field.MaxLength];
            }

            return text;
        }

        public string? Email(string name)
        {
            var text = Text(name);
            if (text is not null && !FieldValues.IsEmail(text))
            {
                Invalid(KurzantragForm.Field(name), "invalid-email", $"„{text}“ ist keine gültige E-Mail-Adresse.", $"'{text}' is not a valid e-mail address.");
                return null;
            }

            return text;
        }

        public DateOnly? Date(string name, bool notAfterToday, bool requiredNow = false)
        {
            var field = KurzantragForm.Field(name);
            var text = Text(name, requiredNow);
            if (text is null)
            {
                return null;
            }

            if (!FieldValues.TryDate(text, out var date))
            {
                Invalid(field, "invalid-date", $"„{text}“ ist kein Datum. Bitte als TT.MM.JJJJ angeben.", $"'{text}' is not a date. Please write DD.MM.YYYY.");
                return null;
            }

            if (notAfterToday && date > today)
            {
                Invalid(field, "date-in-future", $"Das Datum {date:dd.MM.yyyy} liegt in der Zukunft.", $"The date {date:yyyy-MM-dd} lies in the future.");
                return null;
            }

            return date;
        }

        public int? Number(string name, int min, int max)
        {
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            {
                Invalid(KurzantragForm.Field(name), "invalid-number", $"„{text}“ ist keine Zahl zwischen {min} und {max}.", $"'{text}' is not a number between {min} and {max}.");
                return null;
            }

            return n;
        }

        public string? Choice(string name)
        {
            var field = KurzantragForm.Field(name);
            var text = Text(name);
            if (text is null)
            {
                return null;
            }

            var match = field.Choices!.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                Invalid(field, "unknown-choice", $"„{text}“ ist keine der Möglichkeiten ({string.Join(", ", field.Choices!)}).", $"'{text}' is not one of {string.Join(", ", field.Choices!)}.");
            }

            return match;
        }

        public bool Checkbox(string name, bool required = true)
        {
            var field = KurzantragForm.Field(name);
            var state = FieldValues.Checkbox(values.GetValueOrDefault(name));
            if (state is null)
            {
                Invalid(field, "unreadable-checkbox", "Der Zustand des Kästchens ist nicht lesbar.", "The checkbox state cannot be read.");
                return false;
            }

            if (state == false && required && field.Required)
            {
                Problems.Add(new(
                    field.Section == FormSection.Consent ? "missing-consent-scope" : "missing-field",
                    field.Name,
                    $"Nicht angekreuzt: „{field.Label}“",
                    $"Not ticked: '{field.LabelEn}'."));
            }

            return state == true;
        }

        public bool? YesNo(string name)
        {
            var field = KurzantragForm.Field(name);
            var yes = FieldValues.Checkbox(values.GetValueOrDefault(name + "_ja")) == true;
            var no = FieldValues.Checkbox(values.GetValueOrDefault(name + "_nein")) == true;
            switch (yes, no)
            {
                case (true, true):
                    Invalid(field, "contradictory-answer", "„ja“ und „nein“ sind beide angekreuzt.", "both 'yes' and 'no' are ticked.");
                    return null;
                case (false, false):
                    if (field.Required)
                    {
                        Invalid(field, "unanswered-question", "Bitte „ja“ oder „nein“ ankreuzen.", "please tick 'yes' or 'no'.");
                    }

                    return null;
                default:
                    return yes;
            }
        }
    }
}
