using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>What the counsellor is told for each thing that can go wrong with an e-mail submission.</summary>
public sealed class MailProblemTests
{
    private static MailProblem Single(string fixture) => Assert.Single(MailProblems.Check(MailFixtures.Read(fixture)));

    [Theory]
    [InlineData("thunderbird-attachment.eml")]
    [InlineData("outlook-encoded-filename.eml")]
    [InlineData("applemail-inline-pdf.eml")]
    [InlineData("gmail-webmail.eml")]
    [InlineData("gmx-webmail-html-only.eml")]
    [InlineData("thunderbird-forwarded-as-attachment.eml")]
    [InlineData("smime-signed.eml")]
    public void Good_submissions_have_no_problem(string fixture)
    {
        Assert.Empty(MailProblems.Check(MailFixtures.Read(fixture)));
    }

    [Fact]
    public void Forgotten_attachment_asks_for_the_pdfs()
    {
        var problem = Single("no-attachment.eml");

        Assert.Equal(MailProblemCode.NoPdfAttached, problem.Code);
        Assert.Equal("Ihre E-Mail enthält keinen Anhang. Bitte senden Sie den Kurzantrag und die unterschriebene Einverständniserklärung als PDF-Dateien im Anhang einer neuen E-Mail.", problem.German);
        Assert.StartsWith("Your e-mail has no attachment.", problem.English, StringComparison.Ordinal);
        Assert.Equal(problem.German + "\n\n" + problem.English, problem.Text);
    }

    [Fact]
    public void Renamed_photo_as_pdf_names_the_file()
    {
        var problem = Single("attachment-not-pdf.eml");

        Assert.Equal(MailProblemCode.AttachmentNotPdf, problem.Code);
        Assert.StartsWith("Der Anhang „Kurzantrag.pdf“ ist als PDF bezeichnet, ist aber keine PDF-Datei", problem.German, StringComparison.Ordinal);
        Assert.StartsWith("The attachment \"Kurzantrag.pdf\" is labelled as PDF but is not a PDF file", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Winmail_dat_explains_the_Outlook_setting()
    {
        var problem = Single("outlook-winmail.eml");

        Assert.Equal(MailProblemCode.WinmailDat, problem.Code);
        Assert.Contains("Datei → Optionen → E-Mail → Nachrichten verfassen", problem.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_and_photo_attachments_ask_for_pdf_and_name_the_files()
    {
        var mail = MimeMessageReader.Read(System.Text.Encoding.UTF8.GetBytes(
            "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=Antrag.docx\r\n\r\nPK\r\n--b\r\nContent-Type: image/jpeg; name=Einverstaendnis.jpg\r\n\r\nJPG\r\n--b--\r\n"));

        var problem = Assert.Single(MailProblems.Check(mail));

        Assert.Equal(MailProblemCode.NotPdfFiles, problem.Code);
        Assert.Contains("(„Antrag.docx“, „Einverstaendnis.jpg“)", problem.German, StringComparison.Ordinal);
        Assert.Contains("(\"Antrag.docx\", \"Einverstaendnis.jpg\")", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_archive_asks_for_single_pdfs()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 };
        var mail = MimeMessageReader.Read(MailBuilder.WithPdf("Content-Type: application/x-zip-compressed; name=\"Unterlagen Öztürk.zip\"", zip));

        var problem = Assert.Single(MailProblems.Check(mail));

        Assert.Equal(MailProblemCode.ArchiveInsteadOfPdf, problem.Code);
        Assert.Equal("Ihre Unterlagen sind in einem Archiv („Unterlagen Öztürk.zip“) verpackt, das wir nicht öffnen. Bitte hängen Sie den Kurzantrag und die Einverständniserklärung einzeln als PDF-Dateien an.", problem.German);
    }

    [Fact]
    public void Empty_pdf_is_reported_as_empty()
    {
        var mail = MimeMessageReader.Read(MailBuilder.WithPdf("Content-Type: application/pdf; name=leer.pdf", []));

        var problem = Assert.Single(MailProblems.Check(mail));

        Assert.Equal(MailProblemCode.EmptyAttachment, problem.Code);
        Assert.StartsWith("Der Anhang „leer.pdf“ ist leer (0 Byte).", problem.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sender_is_reported_next_to_a_good_pdf()
    {
        var mail = MimeMessageReader.Read(System.Text.Encoding.UTF8.GetBytes("Subject: x\r\nContent-Type: application/pdf; name=a.pdf\r\n\r\n%PDF-1.4"));

        Assert.Equal([MailProblemCode.MissingSender], MailProblems.Check(mail).Select(p => p.Code));
    }

    [Fact]
    public void Encrypted_message_suggests_the_web_form()
    {
        var mail = MimeMessageReader.Read(System.Text.Encoding.UTF8.GetBytes("From: a@example.org\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n\r\nMIA"));

        var problem = Assert.Single(MailProblems.Check(mail));

        Assert.Equal(MailProblemCode.Encrypted, problem.Code);
        Assert.Contains("Webformular", problem.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_large_message_tells_the_limit_in_megabytes()
    {
        var error = Assert.Throws<MimeParseException>(() => MimeMessageReader.Read(new byte[41 * 1024 * 1024]));
        var problem = MailProblems.ForError(error.Reason);

        Assert.Equal(MailProblemCode.MessageTooLarge, problem.Code);
        Assert.StartsWith("Ihre E-Mail ist zu groß. Die Anhänge dürfen zusammen höchstens etwa 30 MB groß sein.", problem.German, StringComparison.Ordinal);
        Assert.StartsWith("Your e-mail is too large. Attachments may total about 30 MB at most.", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_parts_tells_the_limit()
    {
        var error = Assert.Throws<MimeParseException>(() => MimeMessageReader.Read(MailBuilder.ManyParts(500)));
        var problem = MailProblems.ForError(error.Reason);

        Assert.Equal(MailProblemCode.TooManyParts, problem.Code);
        Assert.StartsWith("Ihre E-Mail enthält zu viele Teile oder Anhänge (höchstens 200).", problem.German, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MimeParseError.TooDeep, MailProblemCode.NestedTooDeep)]
    [InlineData(MimeParseError.HeaderTooLong, MailProblemCode.Unreadable)]
    [InlineData(MimeParseError.TooManyHeaders, MailProblemCode.Unreadable)]
    [InlineData(MimeParseError.TimeBudgetExceeded, MailProblemCode.Unreadable)]
    [InlineData(MimeParseError.Malformed, MailProblemCode.Unreadable)]
    public void Every_reader_error_has_a_German_and_English_text(MimeParseError reason, MailProblemCode code)
    {
        var problem = MailProblems.ForError(reason);

        Assert.Equal(code, problem.Code);
        Assert.StartsWith("Ihre E-Mail", problem.German, StringComparison.Ordinal);
        Assert.StartsWith("Your e-mail", problem.English, StringComparison.Ordinal);
    }
}
