using System.Globalization;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// The catalogue of <see cref="MailProblem"/> texts: for a message the reader refused (<see cref="ForError"/>) and for
/// a message it read but that cannot be a submission (<see cref="Check"/>).
/// </summary>
public static class MailProblems
{
    private const string ResendDe = "Bitte senden Sie den Kurzantrag und die unterschriebene Einverständniserklärung als PDF-Dateien im Anhang einer neuen E-Mail.";
    private const string ResendEn = "Please send the short application (Kurzantrag) and the signed consent declaration as PDF files attached to a new e-mail.";

    /// <summary>The problem to tell the counsellor when <see cref="MimeMessageReader"/> refused the message.</summary>
    public static MailProblem ForError(MimeParseError reason, MimeReaderLimits? limits = null)
    {
        limits ??= MimeReaderLimits.Default;
        var megabytes = (limits.MaxMessageBytes / (1024.0 * 1024.0) * 0.75).ToString("0", CultureInfo.InvariantCulture);
        return reason switch
        {
            MimeParseError.TooLarge => new MailProblem(
                MailProblemCode.MessageTooLarge,
                $"Ihre E-Mail ist zu groß. Die Anhänge dürfen zusammen höchstens etwa {megabytes} MB groß sein. Bitte verteilen Sie die Unterlagen auf mehrere E-Mails oder verkleinern Sie die PDF-Dateien (z. B. Scan mit 150–200 dpi in Graustufen).",
                $"Your e-mail is too large. Attachments may total about {megabytes} MB at most. Please split the documents across several e-mails or make the PDF files smaller (e.g. scan at 150–200 dpi in greyscale)."),
            MimeParseError.TooManyParts => new MailProblem(
                MailProblemCode.TooManyParts,
                $"Ihre E-Mail enthält zu viele Teile oder Anhänge (höchstens {limits.MaxParts}). {ResendDe}",
                $"Your e-mail has too many parts or attachments (at most {limits.MaxParts}). {ResendEn}"),
            MimeParseError.TooDeep => new MailProblem(
                MailProblemCode.NestedTooDeep,
                $"Ihre E-Mail ist zu tief verschachtelt, z. B. durch mehrfach weitergeleitete Nachrichten. {ResendDe}",
                $"Your e-mail is nested too deeply, e.g. by messages forwarded within forwarded messages. {ResendEn}"),
            _ => new MailProblem(
                MailProblemCode.Unreadable,
                $"Ihre E-Mail konnte technisch nicht gelesen werden. {ResendDe}",
                $"Your e-mail could not be read. {ResendEn}"),
        };
    }

    /// <summary>The problems of a message that was read; empty when it carries at least one readable PDF from a sender.</summary>
    public static IReadOnlyList<MailProblem> Check(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var problems = new List<MailProblem>();
        if (message.From is null)
        {
            problems.Add(new MailProblem(
                MailProblemCode.MissingSender,
                "Ihre E-Mail hat keinen lesbaren Absender. Bitte senden Sie sie erneut aus Ihrem dienstlichen E-Mail-Postfach.",
                "Your e-mail has no readable sender address. Please send it again from your work mailbox."));
        }

        if (message.HasWarning(MailWarningCode.WinmailDat))
        {
            problems.Add(new MailProblem(
                MailProblemCode.WinmailDat,
                "Outlook hat Ihre Anhänge in eine Datei „winmail.dat“ verpackt, die wir nicht öffnen können. Bitte stellen Sie in Outlook das Nachrichtenformat auf „HTML“ oder „Nur-Text“ um (Datei → Optionen → E-Mail → Nachrichten verfassen) und senden Sie die E-Mail erneut.",
                "Outlook packed your attachments into a file \"winmail.dat\" that we cannot open. Please set the message format in Outlook to \"HTML\" or \"Plain Text\" (File → Options → Mail → Compose messages) and send the e-mail again."));
        }

        if (message.HasWarning(MailWarningCode.EncryptedContent))
        {
            problems.Add(new MailProblem(
                MailProblemCode.Encrypted,
                "Ihre E-Mail oder ein Teil davon ist verschlüsselt; wir können ihn nicht lesen. Bitte nutzen Sie für die Unterlagen das Webformular oder senden Sie die E-Mail ohne Verschlüsselung.",
                "Your e-mail or part of it is encrypted; we cannot read it. Please use the web form for the documents or send the e-mail without encryption."));
        }

        foreach (var attachment in message.Attachments.Where(a => a.IsDeclaredPdf && !a.IsPdf))
        {
            problems.Add(attachment.Size == 0
                ? new MailProblem(
                    MailProblemCode.EmptyAttachment,
                    $"Der Anhang „{attachment.FileName}“ ist leer (0 Byte). Bitte hängen Sie die Datei erneut an und senden Sie die E-Mail noch einmal.",
                    $"The attachment \"{attachment.FileName}\" is empty (0 bytes). Please attach the file again and resend the e-mail.")
                : new MailProblem(
                    MailProblemCode.AttachmentNotPdf,
                    $"Der Anhang „{attachment.FileName}“ ist als PDF bezeichnet, ist aber keine PDF-Datei (z. B. ein umbenanntes Foto oder Word-Dokument). Bitte speichern oder exportieren Sie das Dokument als PDF („Speichern unter“ → PDF) und senden Sie es erneut.",
                    $"The attachment \"{attachment.FileName}\" is labelled as PDF but is not a PDF file (e.g. a renamed photo or Word document). Please save or export the document as PDF (\"Save as\" → PDF) and send it again."));
        }

        if (!message.PdfAttachments.Any() && problems.TrueForAll(p => p.Code is MailProblemCode.MissingSender))
        {
            var others = message.Attachments.Where(a => !a.IsDeclaredPdf).Select(a => $"„{a.FileName}“").Take(5).ToList();
            var archive = message.Attachments.FirstOrDefault(IsArchive);
            problems.Add(archive is not null
                ? new MailProblem(
                    MailProblemCode.ArchiveInsteadOfPdf,
                    $"Ihre Unterlagen sind in einem Archiv („{archive.FileName}“) verpackt, das wir nicht öffnen. Bitte hängen Sie den Kurzantrag und die Einverständniserklärung einzeln als PDF-Dateien an.",
                    $"Your documents are packed in an archive (\"{archive.FileName}\") that we do not open. Please attach the short application and the consent declaration individually as PDF files.")
                : others.Count > 0
                ? new MailProblem(
                    MailProblemCode.NotPdfFiles,
                    $"Ihre E-Mail enthält Anhänge, aber keine PDF-Datei ({string.Join(", ", others)}). Bitte wandeln Sie die Unterlagen in PDF um (z. B. „Drucken“ → „Als PDF speichern“) und senden Sie sie erneut.",
                    $"Your e-mail has attachments but no PDF file ({string.Join(", ", others).Replace('„', '"').Replace('“', '"')}). Please convert the documents to PDF (e.g. \"Print\" → \"Save as PDF\") and send them again.")
                : new MailProblem(
                    MailProblemCode.NoPdfAttached,
                    $"Ihre E-Mail enthält keinen Anhang. {ResendDe}",
                    $"Your e-mail has no attachment. {ResendEn}"));
        }

        return problems;
    }

    private static bool IsArchive(MailAttachment attachment) =>
        attachment.ContentType is "application/zip" or "application/x-zip-compressed" or "application/x-7z-compressed" or "application/x-rar-compressed" or "application/vnd.rar" ||
        Path.GetExtension(attachment.FileName).ToLowerInvariant() is ".zip" or ".7z" or ".rar" ||
        attachment.Content.Span.StartsWith("PK\u0003\u0004"u8) && !attachment.ContentType.Contains("officedocument", StringComparison.Ordinal) && !attachment.ContentType.Contains("opendocument", StringComparison.Ordinal);
}
