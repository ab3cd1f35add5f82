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

    private static Dictionary<string, string?> Values(string familyName)
    {
        var values = KurzantragSamples.Complete("INBOX");
        values["berater_email"] = Counsellor;
        values["person_familienname"] = familyName;
        return values;
    }
}
