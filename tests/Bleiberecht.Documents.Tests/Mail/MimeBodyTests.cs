using System.Text;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Body details: transfer encodings, charsets, multipart structure, text choice.</summary>
public sealed class MimeBodyTests
{
    private static MailMessage Read(string raw) => MimeMessageReader.Read(Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n")));

    [Theory]
    [InlineData("text/plain; charset=windows-1252", "quoted-printable", "=84Gr=FC=DFe=93 =80", "„Grüße“ €")]
    [InlineData("text/plain; charset=\"ISO-8859-1\"", "quoted-printable", "M=FCller", "Müller")]
    [InlineData("text/plain", "quoted-printable", "M=C3=BCller", "Müller")]
    [InlineData("text/plain; charset=us-ascii", "quoted-printable", "M=FCller", "Müller")]
    [InlineData("text/plain; charset=utf-8", "base64", "TcO8bGxlcg", "Müller")]
    [InlineData("text/plain; charset=utf-8", "base64", "TcO8b!!Gxl*cg==", "Müller")]
    [InlineData("text/plain; charset=utf-8", "quoted-printable", "a=3Db =\nc=ZZd=", "a=b c=ZZd")]
    [InlineData("text/plain; charset=utf-8", "quoted-printable", "trailing   \nspace", "trailing\nspace")]
    [InlineData("text/plain; charset=utf-8", "x-unknown", "raw", "raw")]
    [InlineData("text/plain; charset=koi8-r", "quoted-printable", "=F0=D2=C9=D7=C5=D4", "Привет")]
    public void Text_body_is_decoded(string contentType, string encoding, string body, string expected)
    {
        var mail = Read($"From: a@example.org\nContent-Type: {contentType}\nContent-Transfer-Encoding: {encoding}\n\n{body}");

        Assert.Equal(expected, mail.TextBody);
    }

    [Fact]
    public void Invalid_base64_and_unknown_encoding_leave_warnings()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Transfer-Encoding: base64\n\nTcO8b!!Gxlcg==\n--b\nContent-Transfer-Encoding: x-foo\n\nraw\n--b--");

        Assert.Equal("Müller\n\nraw", mail.TextBody);
        Assert.True(mail.HasWarning(MailWarningCode.InvalidEncodedData));
        Assert.True(mail.HasWarning(MailWarningCode.UnknownTransferEncoding));
    }

    [Fact]
    public void Nested_boundary_that_extends_the_outer_one_is_not_confused()
    {
        var mail = Read("""
            From: a@example.org
            Content-Type: multipart/mixed; boundary=abc

            --abc
            Content-Type: multipart/alternative; boundary=abcdef

            --abcdef
            Content-Type: text/plain

            plain
            --abcdef
            Content-Type: text/html

            <p>html</p>
            --abcdef--
            --abc
            Content-Type: application/pdf; name=a.pdf

            %PDF-1.4 fake
            --abc--
            """);

        Assert.Equal("plain", mail.TextBody);
        Assert.Equal("a.pdf", Assert.Single(mail.Attachments).FileName);
    }

    [Fact]
    public void Html_is_used_when_the_plain_alternative_is_empty()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n\n--b\nContent-Type: text/html\n\n<div>Hallo&nbsp;<b>Welt</b></div><style>p{}</style>\n--b--");

        Assert.Equal("Hallo\u00a0Welt", mail.TextBody);
    }

    [Fact]
    public void Multipart_without_boundary_is_read_as_text_with_a_warning()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/mixed\n\njust text");

        Assert.Equal("just text", mail.TextBody);
        Assert.True(mail.HasWarning(MailWarningCode.MissingBoundary));
    }

    [Fact]
    public void Multipart_whose_boundary_never_appears_is_empty_with_a_warning()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/mixed; boundary=nowhere\n\njust text");

        Assert.Equal("", mail.TextBody);
        Assert.True(mail.HasWarning(MailWarningCode.EmptyMultipart));
    }

    [Fact]
    public void Text_attachment_and_inline_image_are_attachments_not_body()
    {
        var mail = Read("""
            From: a@example.org
            Content-Type: multipart/related; boundary=r

            --r
            Content-Type: text/plain

            body
            --r
            Content-Type: text/plain; name=notes.txt
            Content-Disposition: attachment

            notes
            --r
            Content-Type: image/png
            Content-ID: <logo>

            PNG
            --r--
            """);

        Assert.Equal("body", mail.TextBody);
        Assert.Equal(["notes.txt", "attachment-2.png"], mail.Attachments.Select(a => a.FileName));
        Assert.All(mail.Attachments, a => Assert.False(a.IsPdf || a.IsDeclaredPdf));
    }

    [Fact]
    public void Pdf_by_content_is_found_even_when_declared_octet_stream_without_name()
    {
        var mail = MimeMessageReader.Read(MailBuilder.WithPdf("Content-Type: application/octet-stream"));

        var file = Assert.Single(mail.Attachments);
        Assert.Equal(("attachment-1.bin", true, false), (file.FileName, file.IsPdf, file.IsDeclaredPdf));
    }

    [Fact]
    public void Base64_forwarded_message_is_decoded_and_read()
    {
        var inner = Convert.ToBase64String(Encoding.ASCII.GetBytes("From: b@example.org\r\nContent-Type: application/pdf; name=x.pdf\r\n\r\n%PDF-1.4 inner"));
        var mail = Read($"From: a@example.org\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{inner}");

        Assert.Equal("x.pdf", Assert.Single(mail.Attachments).FileName);
        Assert.Equal("a@example.org", mail.From?.Address);
    }

    [Fact]
    public void Encrypted_smime_message_is_reported()
    {
        var mail = Read("From: a@example.org\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\nContent-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggF");

        Assert.Empty(mail.Attachments);
        Assert.True(mail.HasWarning(MailWarningCode.EncryptedContent));
    }

    [Fact]
    public void Multipart_digest_parts_default_to_forwarded_messages()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/digest; boundary=d\n\n--d\n\nFrom: b@example.org\nContent-Type: application/pdf; name=d.pdf\n\n%PDF-1.4\n--d--");

        Assert.True(Assert.Single(mail.Attachments).FromForwardedMessage);
    }

    [Fact]
    public void Apple_Mail_text_split_around_an_inline_pdf_is_joined()
    {
        var mail = Read("From: a@example.org\nContent-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain; charset=utf-8\n\nVor dem Anhang\n--m\nContent-Disposition: inline; filename=a.pdf\nContent-Type: application/pdf\n\n%PDF-1.4\n--m\nContent-Type: text/plain; charset=utf-8\n\nNach dem Anhang\n--m--");

        Assert.Equal("Vor dem Anhang\n\nNach dem Anhang", mail.TextBody);
        Assert.True(Assert.Single(mail.Attachments).IsInline);
    }
}
