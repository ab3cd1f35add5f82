using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Messages as Thunderbird, Outlook, Apple Mail and webmail write them.</summary>
public sealed class MailClientFixtureTests
{
    [Fact]
    public void Thunderbird_message_gives_sender_subject_date_id_flowed_text_and_both_pdfs()
    {
        var mail = MailFixtures.Read("thunderbird-attachment.eml");

        Assert.Equal(new MailAddress("Jörg Müller", "joerg.mueller@awo-dortmund.de"), mail.From);
        Assert.Equal("Kurzantrag für Herrn A. – bitte um Prüfung", mail.Subject);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 9, 41, 12, TimeSpan.FromHours(1)), mail.Date);
        Assert.Equal("3f1c2a9e-5b7d-4c1e-9a0b-2d6e8f4a1b3c@AWO-Dortmund.de", mail.MessageId);
        Assert.Equal([new MailAddress("Bleiberecht Dortmund", "bleiberecht@dortmund.de")], mail.To);
        Assert.Contains("anbei der Kurzantrag für Herrn A. mit der unterschriebenen Einverständniserklärung.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("-- \nAWO Unterbezirk Dortmund", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(["Kurzantrag_A.pdf", "Einverständniserklärung_Datenschutz_unterschrieben_Familie_Müller_2026-11-17.pdf"], mail.Attachments.Select(a => a.FileName));
        Assert.All(mail.Attachments, a => Assert.True(a.IsPdf && a.IsDeclaredPdf && !a.IsInline));
        Assert.All(mail.Attachments, a => Assert.Equal(MailFixtures.MinimalPdf, a.Content.ToArray()));
        Assert.Empty(mail.Warnings);
    }

    [Fact]
    public void Outlook_message_decodes_latin1_encoded_word_file_name_and_prefers_plain_text()
    {
        var mail = MailFixtures.Read("outlook-encoded-filename.eml");

        Assert.Equal(new MailAddress("Schäfer, Dagmar", "D.Schaefer@diakonie-dortmund.de"), mail.From);
        Assert.Equal("AW: Härtefall Familie Öztürk - Unterlagen", mail.Subject);
        Assert.Equal("AM0PR07MB1234F1E2D3C4B5A6978E8D7C6B5A4@AM0PR07MB1234.eurprd07.prod.outlook.com", mail.MessageId);
        Assert.Equal("c0ffee00-1111-2222-3333-444455556666@dortmund.de", mail.InReplyTo);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 8, 15, 33, TimeSpan.Zero), mail.Date);
        Assert.StartsWith("Guten Tag,\n\nwie besprochen erhalten Sie die unterschriebene Einverständniserklärung von Familie Öztürk.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Diakonie Dortmund und Lünen gGmbH", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<p", mail.TextBody, StringComparison.Ordinal);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("Einverständniserklärung unterschrieben.pdf", pdf.FileName);
        Assert.True(pdf.IsPdf);
        Assert.Equal(598, pdf.Size);
    }

    [Fact]
    public void Outlook_rich_text_message_reports_winmail_dat_instead_of_an_attachment()
    {
        var mail = MailFixtures.Read("outlook-winmail.eml");

        Assert.Equal(new MailAddress("Yilmaz, Mehmet", "m.yilmaz@drk-dortmund.de"), mail.From);
        Assert.Equal("000001d9e1a2$3b4c5d60$b2e51820$@drk-dortmund.de", mail.MessageId);
        Assert.Empty(mail.Attachments);
        Assert.True(mail.HasWarning(MailWarningCode.WinmailDat));
        Assert.Equal("Sehr geehrte Damen und Herren,\nanbei der Antrag.", mail.TextBody);
    }

    [Fact]
    public void Apple_Mail_inline_pdf_with_decomposed_umlaut_is_an_attachment_with_NFC_name()
    {
        var mail = MailFixtures.Read("applemail-inline-pdf.eml");

        Assert.Equal(new MailAddress("Sabine Krüger", "s.krueger@caritas-dortmund.de"), mail.From);
        Assert.Equal("5A1B2C3D-4E5F-4A6B-9C7D-8E9F0A1B2C3D@caritas-dortmund.de", mail.MessageId);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("Antrag Müller.pdf", pdf.FileName);
        Assert.True(pdf.FileName.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.True(pdf.IsInline);
        Assert.True(pdf.IsPdf);
        Assert.Equal("Liebe Kolleginnen und Kollegen,\n\nhier der Antrag von Frau D. als PDF.\n\nViele Grüße\nSabine Krüger", mail.TextBody);
    }

    [Fact]
    public void Gmail_message_decodes_base64_encoded_word_file_name()
    {
        var mail = MailFixtures.Read("gmail-webmail.eml");

        Assert.Equal("anna.schmidt.beratung@gmail.com", mail.From?.Address);
        Assert.Equal("Antrag Frau K. / Einverständnis", mail.Subject);
        Assert.Equal("Kurzantrag_Frau_Kovačević.pdf", Assert.Single(mail.Attachments).FileName);
        Assert.Contains("anbei der Kurzantrag für Frau K. inklusive Einverständniserklärung.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void GMX_html_only_message_gives_text_from_html_and_pdf_sent_as_octet_stream()
    {
        var mail = MailFixtures.Read("gmx-webmail-html-only.eml");

        Assert.Equal(new MailAddress("Peter Wagner", "p.wagner-fluechtlingshilfe@gmx.de"), mail.From);
        Assert.Equal("Einreichung Einverständnis", mail.Subject);
        Assert.Contains("im Anhang die Einverständniserklärung von Herrn Öztürk.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Gruß\nPeter Wagner", mail.TextBody, StringComparison.Ordinal);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal(("Einverständnis_Öztürk.pdf", "application/octet-stream", true, true), (pdf.FileName, pdf.ContentType, pdf.IsDeclaredPdf, pdf.IsPdf));
    }

    [Fact]
    public void Forwarded_message_attachment_is_read_and_its_pdf_returned()
    {
        var mail = MailFixtures.Read("thunderbird-forwarded-as-attachment.eml");

        Assert.Equal("Fwd: Unterlagen Herr C.", mail.Subject);
        Assert.Equal("Weitergeleitet mit den Unterlagen von Herrn C.", mail.TextBody);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal(("Kurzantrag_C.pdf", true, true), (pdf.FileName, pdf.IsPdf, pdf.FromForwardedMessage));
        Assert.True(mail.HasWarning(MailWarningCode.ForwardedMessage));
    }

    [Fact]
    public void SMIME_signed_message_gives_content_and_reports_signature_as_not_an_attachment()
    {
        var mail = MailFixtures.Read("smime-signed.eml");

        Assert.Equal("Guten Tag,\nanbei der Kurzantrag, digital signiert.\n\nClaudia Neumann", mail.TextBody);
        Assert.Equal("Kurzantrag.pdf", Assert.Single(mail.Attachments).FileName);
        Assert.True(mail.HasWarning(MailWarningCode.SignatureIgnored));
    }

    [Fact]
    public void Bare_LF_message_with_latin9_body_windows1252_subject_and_missing_final_boundary_is_read()
    {
        var mail = MailFixtures.Read("bare-lf-latin9-unterminated.eml");

        Assert.Equal("Antrag – „Härtefall“ Größe", mail.Subject);
        Assert.Equal("Die Gebühr beträgt 25 €.", mail.TextBody);
        Assert.Equal(new MailAddress(null, "verein@fluechtlingshilfe-example.de"), mail.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(1)), mail.Date);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("Antrag ohne Anfuehrungszeichen.pdf", pdf.FileName);
        Assert.Equal(MailFixtures.MinimalPdf, pdf.Content.ToArray());
        Assert.True(mail.HasWarning(MailWarningCode.MissingFinalBoundary));
        Assert.True(mail.HasWarning(MailWarningCode.DuplicateHeader));
    }

    [Fact]
    public void Outlook_Express_uuencoded_pdf_in_the_text_becomes_an_attachment()
    {
        var mail = MailFixtures.Read("outlook-express-uuencode.eml");

        Assert.Equal("Anbei der Antrag.", mail.TextBody);
        var pdf = Assert.Single(mail.Attachments);
        Assert.Equal("antrag.pdf", pdf.FileName);
        Assert.Equal(MailFixtures.MinimalPdf, pdf.Content.ToArray());
    }

    [Fact]
    public void Eight_bit_utf8_display_name_in_header_is_read()
    {
        var mail = MailFixtures.Read("no-attachment.eml");

        Assert.Equal(new MailAddress("Jörg Müller", "joerg.mueller@awo-dortmund.de"), mail.From);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public void Attachment_declared_pdf_but_jpeg_by_content_is_not_a_pdf()
    {
        var mail = MailFixtures.Read("attachment-not-pdf.eml");

        var file = Assert.Single(mail.Attachments);
        Assert.True(file.IsDeclaredPdf);
        Assert.False(file.IsPdf);
        Assert.Empty(mail.PdfAttachments);
    }

    [Fact]
    public void Postfix_bounce_is_automatic_and_its_report_parts_are_not_a_submission()
    {
        var mail = MailFixtures.Read("postfix-bounce.eml");

        Assert.True(mail.IsAutomatic);
        Assert.Equal(new MailAddress("Mail Delivery System", "MAILER-DAEMON@mail.dortmund.de"), mail.From);
        Assert.Contains("550 5.1.1 User unknown", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(["message/delivery-status", "text/rfc822-headers"], mail.Attachments.Select(a => a.ContentType));
    }

    [Fact]
    public void Exchange_out_of_office_reply_is_automatic()
    {
        var mail = MailFixtures.Read("exchange-out-of-office.eml");

        Assert.True(mail.IsAutomatic);
        Assert.Equal("BF-2026-0042.1@bleiberecht.dortmund.de", mail.InReplyTo);
        Assert.Equal("Ich bin bis zum 30.11. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an die Beratungsstelle.", mail.TextBody);
    }

    [Theory]
    [InlineData("thunderbird-attachment.eml")]
    [InlineData("outlook-encoded-filename.eml")]
    [InlineData("gmail-webmail.eml")]
    [InlineData("applemail-inline-pdf.eml")]
    public void Messages_written_by_people_are_not_automatic(string fixture)
    {
        Assert.False(MailFixtures.Read(fixture).IsAutomatic);
    }
}
