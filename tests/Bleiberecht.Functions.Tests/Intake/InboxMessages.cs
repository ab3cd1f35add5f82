using Bleiberecht.Documents.Application;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Functions.Tests.Intake;

/// <summary>Raw e-mails for the inbox, written with the app's own MIME writer, carrying generated Kurzantrag PDFs.</summary>
internal static class InboxMessages
{
    public const string Counsellor = "fluechtlingsberatung@awo.dortmund.example";

    private static readonly DateTimeOffset Today = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static byte[] Message(string from, string messageId, params OutgoingAttachment[] attachments) => MimeMessageWriter.Write(new OutgoingMail
    {
        From = new MailAddress("Flüchtlingsberatung AWO", from),
        To = [new MailAddress(null, "antraege@bleiberecht.dortmund.example")],
        Subject = "Kurzantrag",
        Date = Today,
        MessageId = messageId,
        TextBody = "Guten Tag,\nanbei ein Kurzantrag.\n",
        Attachments = attachments,
    });

    /// <summary>A complete application (consent attested) for an applicant named <paramref name="familyName"/>.</summary>
    public static OutgoingAttachment Application(string familyName, bool withConsent = true) => new(
        "Kurzantrag.pdf",
        "application/pdf",
        KurzantragFormGenerator.Generate(new KurzantragFormOptions
        {
            CommitteeName = "Gremium Bleiberechte fördern",
            Values = Values(familyName).Where(v => withConsent || !v.Key.StartsWith("einwilligung", StringComparison.Ordinal) && !v.Key.StartsWith("bestaetigung", StringComparison.Ordinal)).ToDictionary(),
        }));

    private static Dictionary<string, string?> Values(string familyName) => new()
    {
        ["berater_name"] = "Sabine Beispiel",
        ["berater_organisation"] = "AWO Flüchtlingsberatung",
        ["berater_email"] = Counsellor,
        ["person_familienname"] = familyName,
        ["person_vornamen"] = "Ayse",
        ["person_geburtsdatum"] = "03.04.1991",
        ["person_staatsangehoerigkeit"] = "türkisch",
        ["person_anschrift"] = "Musterstraße 1\n44135 Dortmund",
        ["aufenthalt_duldung_seit"] = "02.05.2019",
        ["aufenthalt_einreise"] = "14.10.2015",
        ["ausschluss_andere_abh_nein"] = "Yes",
        ["ausschluss_verwaltungsgericht_nein"] = "Yes",
        ["ausschluss_asylantrag_nein"] = "Yes",
        ["abschiebung_terminiert_nein"] = "Yes",
        ["haertegruende"] = "Seit 2015 in Deutschland, Ausbildung zur Pflegefachkraft.",
        ["dringend_nein"] = "Yes",
        ["einwilligung_datenschutz"] = "Yes",
        ["einwilligung_schweigepflicht"] = "Yes",
        ["einwilligung_akteneinsicht"] = "Yes",
        ["einwilligung_ort"] = "Dortmund",
        ["einwilligung_datum"] = "20.11.2026",
        ["bestaetigung_unterschrift_liegt_vor"] = "Yes",
    };
}
