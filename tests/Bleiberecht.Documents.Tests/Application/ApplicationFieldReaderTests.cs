using Bleiberecht.Documents.Application;

namespace Bleiberecht.Documents.Tests.Application;

public sealed class ApplicationFieldReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    internal static Dictionary<string, string?> CompleteValues() => new()
    {
        [KurzantragForm.VersionFieldName] = KurzantragForm.CurrentVersion,
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = "fluechtlingsberatung@awo.dortmund.example",
        ["person_familienname"] = "Yılmaz",
        ["person_vornamen"] = "Ayşe Gül",
        ["person_geburtsdatum"] = "03.04.1991",
        ["person_staatsangehoerigkeit"] = "türkisch",
        ["person_anschrift"] = "Musterstraße 1\n44135 Dortmund",
        ["abh_aktenzeichen"] = "32/1-4711",
        ["aufenthalt_duldung_seit"] = "2019-05-02",
        ["aufenthalt_einreise"] = "14.10.2015",
        ["ausschluss_andere_abh_nein"] = "/Yes",
        ["ausschluss_verwaltungsgericht_nein"] = "/Yes",
        ["ausschluss_asylantrag_nein"] = "/Yes",
        ["abschiebung_terminiert_nein"] = "/Yes",
        ["haertegruende"] = "Seit 2015 in Deutschland, Ausbildung zur Pflegefachkraft, zwei Kinder in der Schule.",
        ["familie_minderjaehrige_kinder"] = "2",
        ["integration_sprachniveau"] = "b2",
        ["einwilligung_datenschutz"] = "/Yes",
        ["einwilligung_schweigepflicht"] = "/Yes",
        ["einwilligung_akteneinsicht"] = "/Yes",
        ["einwilligung_ort"] = "Dortmund",
        ["einwilligung_datum"] = "20.11.2026",
        ["bestaetigung_unterschrift_liegt_vor"] = "/Yes",
    };

    private static ApplicationReadResult Read(Dictionary<string, string?> values, params SignatureEvidence[] signatures) =>
        ApplicationFieldReader.Read(values, signatures, Today);

    [Fact]
    public void Complete_application_with_attested_handwritten_consent_reads_into_a_typed_record()
    {
        var result = Read(CompleteValues());

        Assert.Empty(result.Problems);
        Assert.True(result.IsComplete);
        Assert.True(result.HasConsent);
        Assert.Equal(ConsentSignatureKind.HandwrittenAttested, result.Record.Consent.SignatureKind);
        Assert.Equal(new DateOnly(1991, 4, 3), result.Record.DateOfBirth);
        Assert.Equal(new DateOnly(2019, 5, 2), result.Record.ToleratedSince);
        Assert.Equal("Ayşe Gül", result.Record.GivenNames);
        Assert.Equal("B2", result.Record.LanguageLevel);
        Assert.Equal(2, result.Record.MinorChildren);
        Assert.False(result.Record.AsylumApplication);
        Assert.Equal("Musterstraße 1\n44135 Dortmund", result.Record.Address);
    }

    public static TheoryData<string, string> RequiredFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in KurzantragForm.Fields.Where(f => f.Required))
        {
            var code = field.Kind switch
            {
                FieldKind.YesNo => "unanswered-question",
                FieldKind.Checkbox => "missing-consent-scope",
                _ => "missing-field",
            };
            data.Add(field.Name, code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void Each_missing_required_field_is_named_to_the_counsellor(string name, string code)
    {
        var values = CompleteValues();
        foreach (var acroName in KurzantragForm.Field(name).AcroFormNames)
        {
            values.Remove(acroName);
        }

        var result = Read(values);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(name, problem.Field);
        Assert.Equal(code, problem.Code);
        Assert.False(result.IsComplete);
        Assert.Contains(KurzantragForm.Field(name).Label, problem.MessageDe, StringComparison.Ordinal);
        Assert.Contains(KurzantragForm.Field(name).LabelEn, problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_birth_date_message_names_label_and_section_in_German()
    {
        var values = CompleteValues();
        values["person_geburtsdatum"] = "  ";

        var problem = Assert.Single(Read(values).Problems);

        Assert.Equal("Pflichtangabe fehlt: „Geburtsdatum“ (Abschnitt 2. Antragstellende Person).", problem.MessageDe);
        Assert.Equal("Required field missing: 'Date of birth'.", problem.MessageEn);
    }

    [Theory]
    [InlineData("31.02.1990", "invalid-date", "„Geburtsdatum“ (Abschnitt 2. Antragstellende Person): „31.02.1990“ ist kein Datum. Bitte als TT.MM.JJJJ angeben.")]
    [InlineData("01.01.2030", "date-in-future", "„Geburtsdatum“ (Abschnitt 2. Antragstellende Person): Das Datum 01.01.2030 liegt in der Zukunft.")]
    public void A_wrong_date_is_explained(string value, string code, string message)
    {
        var values = CompleteValues();
        values["person_geburtsdatum"] = value;

        var problem = Assert.Single(Read(values).Problems);

        Assert.Equal(code, problem.Code);
        Assert.Equal(message, problem.MessageDe);
    }

    [Fact]
    public void Yes_and_no_both_ticked_is_contradictory()
    {
        var values = CompleteValues();
        values["ausschluss_asylantrag_ja"] = "/Yes";

        var problem = Assert.Single(Read(values).Problems);

        Assert.Equal("contradictory-answer", problem.Code);
        Assert.Equal("ausschluss_asylantrag", problem.Field);
    }

    [Fact]
    public void A_fixed_deportation_date_must_be_given_and_makes_the_date_known()
    {
        var values = CompleteValues();
        values.Remove("abschiebung_terminiert_nein");
        values["abschiebung_terminiert_ja"] = "Ja";

        var missing = Assert.Single(Read(values).Problems);
        Assert.Equal(("missing-field", "abschiebung_datum"), (missing.Code, missing.Field));

        values["abschiebung_datum"] = "15.12.2026";
        var result = Read(values);
        Assert.Empty(result.Problems);
        Assert.True(result.Record.DeportationDateFixed);
        Assert.Equal(new DateOnly(2026, 12, 15), result.Record.DeportationDate);
    }

    [Fact]
    public void A_trusted_digital_signature_over_the_whole_file_is_consent_without_attestation()
    {
        var values = CompleteValues();
        values.Remove("bestaetigung_unterschrift_liegt_vor");

        var result = Read(values, new SignatureEvidence("einwilligung_unterschrift", Valid: true, CoversWholeFile: true, Trusted: true, "Ayşe Gül Yılmaz"));

        Assert.Empty(result.Problems);
        Assert.Equal(ConsentSignatureKind.Digital, result.Record.Consent.SignatureKind);
        Assert.True(result.HasConsent);
    }

    [Fact]
    public void An_untrusted_digital_signature_alone_is_not_accepted_but_an_attestation_rescues_it()
    {
        var untrusted = new SignatureEvidence("einwilligung_unterschrift", Valid: true, CoversWholeFile: true, Trusted: false);
        var values = CompleteValues();
        values.Remove("bestaetigung_unterschrift_liegt_vor");

        var refused = Read(values, untrusted);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("signature-not-accepted", problem.Code);
        Assert.False(problem.IsWarning);
        Assert.False(refused.HasConsent);

        var attested = Read(CompleteValues(), untrusted);
        Assert.True(attested.IsComplete);
        Assert.True(Assert.Single(attested.Problems).IsWarning);
        Assert.Equal(ConsentSignatureKind.HandwrittenAttested, attested.Record.Consent.SignatureKind);
    }

    [Fact]
    public void A_tampered_signature_blocks_the_consent_even_when_attested()
    {
        var result = Read(CompleteValues(), new SignatureEvidence("einwilligung_unterschrift", Valid: false, CoversWholeFile: true, Trusted: true));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("signature-invalid", problem.Code);
        Assert.StartsWith("Die digitale Unterschrift der Einwilligungserklärung ist ungültig", problem.MessageDe, StringComparison.Ordinal);
        Assert.False(result.HasConsent);
    }

    [Fact]
    public void Neither_signature_nor_attestation_means_no_consent()
    {
        var values = CompleteValues();
        values["bestaetigung_unterschrift_liegt_vor"] = "Off";

        var result = Read(values);

        Assert.Equal("missing-signature", Assert.Single(result.Problems).Code);
        Assert.False(result.HasConsent);
    }

    [Fact]
    public void An_old_or_foreign_form_version_is_reported()
    {
        var values = CompleteValues();
        values[KurzantragForm.VersionFieldName] = "KA-2019.3";

        var problem = Assert.Single(Read(values).Problems);

        Assert.Equal("unknown-form-version", problem.Code);
        Assert.Contains(KurzantragForm.CurrentVersion, problem.MessageDe, StringComparison.Ordinal);
    }

    [Fact]
    public void Implausible_dates_are_warnings_that_do_not_block()
    {
        var values = CompleteValues();
        values["aufenthalt_duldung_seit"] = "01.01.2014";

        var result = Read(values);

        Assert.True(result.IsComplete);
        Assert.Equal("implausible-dates", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Field_names_are_unique_and_ascii()
    {
        var names = KurzantragForm.Fields.SelectMany(f => f.AcroFormNames).Append(KurzantragForm.VersionFieldName).ToArray();

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
    }

    [Fact]
    public void The_field_documentation_lists_every_field()
    {
        var doc = File.ReadAllText(Path.Combine(Bleiberecht.Testing.RepoPaths.Root, "docs", "kurzantrag.md"));

        Assert.All(KurzantragForm.Fields, f => Assert.Contains($"| `{f.Name}` | {f.Label} |", doc, StringComparison.Ordinal));
    }
}
