using System.Text;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Header details: RFC 2047 words, RFC 2231 parameters, addresses, dates, ids.</summary>
public sealed class MimeHeaderDecodingTests
{
    private static MailMessage Read(string headers, string body = "Hallo.") => MimeMessageReader.Read(MailBuilder.Simple(headers, body));

    [Theory]
    [InlineData("=?UTF-8?Q?M=C3=BCller?= =?UTF-8?Q?_und_S=C3=B6hne?=", "Müller und Söhne")]
    [InlineData("=?utf-8?b?TcO8bGxlcg==?=", "Müller")]
    [InlineData("=?UTF-8?B?w4Q=?=\r\n =?UTF-8?B?w7Y=?=", "Äö")]
    [InlineData("=?UTF-8?Q?=C3?= =?UTF-8?Q?=A4?=", "ä")]
    [InlineData("Re: =?iso-8859-1?q?H=E4rtefall?= Nr. 5", "Re: Härtefall Nr. 5")]
    [InlineData("=?ISO-8859-15?Q?25_=A4?=", "25 €")]
    [InlineData("=?windows-1252?Q?=84Zitat=93?=", "„Zitat“")]
    [InlineData("=?UTF-8*de?Q?Gr=C3=BC=C3=9Fe?=", "Grüße")]
    [InlineData("Antrag=?UTF-8?Q?_f=C3=BCr?=X", "Antrag fürX")]
    [InlineData("=?UTF-8?Q?broken", "=?UTF-8?Q?broken")]
    [InlineData("=?UTF-8?X?abc?=", "=?UTF-8?X?abc?=")]
    [InlineData("Tab\tund\u0001Steuer", "Tab undSteuer")]
    public void Subject_is_decoded(string raw, string expected)
    {
        Assert.Equal(expected, Read("Subject: " + raw).Subject);
    }

    [Fact]
    public void Unknown_charset_falls_back_with_a_warning()
    {
        var mail = Read("Subject: =?x-klingon?Q?M=C3=BCller?= =?utf-7?Q?abc?=");

        Assert.Equal("Müllerabc", mail.Subject);
        Assert.Contains(mail.Warnings, w => w.Code == MailWarningCode.UnknownCharset && w.Detail.Contains("x-klingon", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Content-Disposition: attachment; filename*=iso-8859-1'de'Gr%FC%DFe.pdf", "Grüße.pdf")]
    [InlineData("Content-Disposition: attachment; filename*1=\"teil.pdf\"; filename*0*=UTF-8''%C3%9Cber", "Überteil.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"fallback.pdf\"; filename*=UTF-8''echt%20%C3%A4.pdf", "echt ä.pdf")]
    [InlineData("Content-Type: application/pdf; name=\"nur-im-typ.pdf\"", "nur-im-typ.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"../../etc/passwd.pdf\"", "passwd.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"C:\\\\Users\\\\x\\\\antrag.pdf\"", "antrag.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"a<b>c:d|e?.pdf\"", "a_b_c_d_e_.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"...\"", "attachment-1.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"=?utf-8?B?w4RyZ2VyLnBkZg==?=\"", "Ärger.pdf")]
    [InlineData("Content-Disposition: attachment; filename=\"with;semicolon.pdf\"; size=10", "with;semicolon.pdf")]
    public void File_names_are_decoded_and_sanitized(string partHeaders, string expected)
    {
        var headers = partHeaders.StartsWith("Content-Type", StringComparison.Ordinal) ? partHeaders : "Content-Type: application/pdf\r\n" + partHeaders;
        var mail = MimeMessageReader.Read(MailBuilder.WithPdf(headers));

        Assert.Equal(expected, Assert.Single(mail.Attachments).FileName);
    }

    [Fact]
    public void Very_long_file_name_is_shortened_and_keeps_its_extension()
    {
        var mail = MimeMessageReader.Read(MailBuilder.WithPdf($"Content-Type: application/pdf; name=\"{new string('ä', 500)}.pdf\""));

        var name = Assert.Single(mail.Attachments).FileName;
        Assert.Equal(200, name.Length);
        Assert.EndsWith("ää.pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tue, 17 Nov 2026 09:41:12 +0100", "2026-11-17T09:41:12+01:00")]
    [InlineData("17 Nov 2026 09:41 -0500", "2026-11-17T09:41:00-05:00")]
    [InlineData("Tue, 17 Nov 26 09:41:12 GMT", "2026-11-17T09:41:12+00:00")]
    [InlineData("Tue, 17 Nov 99 09:41:12 EST", "1999-11-17T09:41:12-05:00")]
    [InlineData("Tue, 17 Nov 126 09:41:12 PDT", "2026-11-17T09:41:12-07:00")]
    [InlineData("Tue,  17  Nov  2026  09:41:12  +0100  (CET)", "2026-11-17T09:41:12+01:00")]
    [InlineData("Tue Nov 17 09:41:12 2026", "2026-11-17T09:41:12+00:00")]
    [InlineData("tue, 17 NOVEMBER 2026 09:41:12 Z", "2026-11-17T09:41:12+00:00")]
    [InlineData("Sat, 31 Dec 2016 23:59:60 +0000", "2016-12-31T23:59:59+00:00")]
    public void Dates_in_current_and_obsolete_forms_are_read(string raw, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read("Date: " + raw).Date);
    }

    [Theory]
    [InlineData("gestern")]
    [InlineData("31 Feb 2026 10:00 +0100")]
    [InlineData("17 Nov 2026 25:00 +0100")]
    [InlineData("17 Nov 2026 10:00 +9999")]
    [InlineData("2026-11-17T10:00:00Z")]
    public void Unreadable_dates_give_null_and_a_warning(string raw)
    {
        var mail = Read("Date: " + raw);

        Assert.Null(mail.Date);
        Assert.True(mail.HasWarning(MailWarningCode.MalformedDate));
    }

    [Theory]
    [InlineData("\"Müller, Jörg\" <Joerg.Mueller@AWO-Dortmund.DE>", "Müller, Jörg", "Joerg.Mueller@awo-dortmund.de")]
    [InlineData("joerg@example.org (Jörg Müller)", "Jörg Müller", "joerg@example.org")]
    [InlineData("<joerg@example.org>", null, "joerg@example.org")]
    [InlineData("Jörg <@relay.example:joerg@example.org>", "Jörg", "joerg@example.org")]
    [InlineData("\"joerg mueller\"@example.org", null, "\"joerg mueller\"@example.org")]
    [InlineData("Beratung: Jörg <joerg@example.org>;", "Jörg", "joerg@example.org")]
    [InlineData("John Q. Public <jqp@example.org>", "John Q. Public", "jqp@example.org")]
    [InlineData("'Jörg Müller' <joerg@example.org>", "Jörg Müller", "joerg@example.org")]
    [InlineData("=?utf-8?Q?M=C3=BCller?= <m@EXAMPLE.org.>", "Müller", "m@example.org")]
    public void From_addresses_are_read(string raw, string? displayName, string address)
    {
        var mail = MimeMessageReader.Read(Encoding.UTF8.GetBytes($"From: {raw}\r\nSubject: x\r\n\r\nbody"));

        Assert.Equal(new MailAddress(displayName, address), mail.From);
    }

    [Fact]
    public void Invalid_from_gives_null_sender_and_a_warning()
    {
        var mail = MimeMessageReader.Read(Encoding.UTF8.GetBytes("From: Jörg Müller\r\nSubject: x\r\n\r\nbody"));

        Assert.Null(mail.From);
        Assert.True(mail.HasWarning(MailWarningCode.MalformedAddress));
    }

    [Fact]
    public void Duplicate_from_uses_the_first_and_warns()
    {
        var mail = MimeMessageReader.Read(Encoding.UTF8.GetBytes("From: first@example.org\r\nFrom: second@example.org\r\n\r\nbody"));

        Assert.Equal("first@example.org", mail.From?.Address);
        Assert.True(mail.HasWarning(MailWarningCode.DuplicateHeader));
    }

    [Fact]
    public void Groups_and_repeated_To_headers_give_all_mailboxes()
    {
        var mail = Read("To: Committee: a@example.org, \"B, C\" <b@example.org>;, undisclosed-recipients:;\r\nTo: d@example.org");

        Assert.Equal(["a@example.org", "b@example.org", "d@example.org"], mail.To.Select(a => a.Address));
    }

    [Theory]
    [InlineData("<abc@example.org>", "abc@example.org")]
    [InlineData("  <abc@example.org> (comment)", "abc@example.org")]
    [InlineData("abc@example.org", "abc@example.org")]
    [InlineData("<a b c@example.org>", "abc@example.org")]
    [InlineData("<>", null)]
    public void Message_ids_are_normalized(string raw, string? expected)
    {
        Assert.Equal(expected, Read("Message-ID: " + raw).MessageId);
    }

    [Fact]
    public void Header_line_without_colon_ends_the_headers_with_a_warning()
    {
        var mail = MimeMessageReader.Read(Encoding.UTF8.GetBytes("From: a@example.org\r\nSubject: s\r\nthis is not a header\r\nmore text"));

        Assert.Equal("s", mail.Subject);
        Assert.Equal("this is not a header\nmore text", mail.TextBody);
        Assert.True(mail.HasWarning(MailWarningCode.MalformedHeader));
    }

    [Fact]
    public void Mbox_from_line_before_the_headers_is_skipped()
    {
        var mail = MimeMessageReader.Read(Encoding.UTF8.GetBytes("From a@example.org Sat Nov 21 10:00:00 2026\nFrom: a@example.org\nSubject: mbox\n\nbody"));

        Assert.Equal(("a@example.org", "mbox", "body"), (mail.From?.Address, mail.Subject, mail.TextBody));
    }
}
