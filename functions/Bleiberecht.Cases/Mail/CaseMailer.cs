using Bleiberecht.Cases.Committees;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Cases.Mail;

/// <summary>
/// Mails a case document: From = the configured sender, Reply-To = the committee's secretariat, subject with the case
/// number only (no names), a short German text, the PDF attached, Message-ID <c>{id}@{sender's domain}</c>; sent once
/// per Message-ID (<see cref="SentMailLog"/>).
/// </summary>
public sealed class CaseMailer(IMailSender sender, SentMailLog log, TimeProvider timeProvider)
{
    /// <summary>Sends the mail unless sent before; true when it went out now.</summary>
    /// <param name="committee">The committee (secretariat as Reply-To and signature).</param>
    /// <param name="recipient">To whom.</param>
    /// <param name="caseNumber">The case (subject, reference).</param>
    /// <param name="localId">Deterministic local part of the Message-ID (case number and step).</param>
    /// <param name="title">What the document is, in German, e.g. „Anforderung fehlender Angaben“.</param>
    /// <param name="fileName">The attachment's file name.</param>
    /// <param name="pdf">The attachment.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public Task<bool> SendAsync(
        CommitteeConfiguration committee,
        Contact recipient,
        string caseNumber,
        string localId,
        string title,
        string fileName,
        ReadOnlyMemory<byte> pdf,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(recipient);
        var mail = new OutgoingMail
        {
            From = sender.From,
            To = [new MailAddress(recipient.Name, recipient.Email)],
            ReplyTo = [new MailAddress(committee.Secretariat.Name, committee.Secretariat.Email)],
            Subject = $"{title} – Vorgang {caseNumber}",
            Date = timeProvider.GetUtcNow(),
            MessageId = $"{localId}@{sender.From.Domain}",
            TextBody = $"""
                Sehr geehrte Damen und Herren,

                anbei erhalten Sie das Schreiben „{title}“ der {committee.Name} zum Vorgang {caseNumber} (PDF im Anhang).

                Bei Rückfragen antworten Sie bitte auf diese E-Mail; sie erreicht die Geschäftsstelle. Bitte geben Sie dabei das Aktenzeichen {caseNumber} an.

                Mit freundlichen Grüßen
                {committee.Secretariat.Name}
                """,
            Attachments = [new OutgoingAttachment(fileName, "application/pdf", pdf)],
            IsAutomatic = true,
        };
        return log.SendOnceAsync(sender, mail, caseNumber, cancellationToken);
    }
}
