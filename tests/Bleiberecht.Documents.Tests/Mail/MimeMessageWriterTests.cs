using System.Text;
using System.Text.Json;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Documents.Tests.Mail;

/// <summary>Outgoing messages: read back by our reader, and carried by a real SMTP conversation (nodemailer to smtp-server).</summary>
public sealed class MimeMessageWriterTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 21, 12, 0, 0, TimeSpan.FromHours(1));

    private static OutgoingMail Letter() => new()
    {
        From = new MailAddress("Geschäftsstelle „Bleiberechte fördern“", "bleiberecht@dortmund.de"),
        To = [new MailAddress("Jörg Müller", "joerg.mueller@awo-dortmund.de")],
        Cc = [new MailAddress(null, "sekretariat@dortmund.de"), new MailAddress("Ünal, Ayşe \"KIM\"", "kim@dortmund.de")],
        ReplyTo = [new MailAddress("Sekretariat", "sekretariat@dortmund.de")],
        Subject = "Ihr Kurzantrag BF-2026-0042: Eingangsbestätigung für Familie Öztürk – bitte Einverständniserklärung nachreichen 📄",
        Date = Sent,
        MessageId = "BF-2026-0042.1@bleiberecht.dortmund.de",
        InReplyTo = "nodemailer-1@awo-dortmund.de",
        TextBody = "Sehr geehrter Herr Müller,\r\n\r\nwir haben Ihren Kurzantrag erhalten. Eine sehr lange Zeile mit Umlauten äöüß und Sonderzeichen = & % € „“, die weit über sechsundsiebzig Zeichen hinausgeht.\n.\n.Punkt am Zeilenanfang\nFrom here on\nLeerzeichen am Ende   \n\tTab\n\nMit freundlichen Grüßen\nGeschäftsstelle",
        Attachments =
        [
            new OutgoingAttachment("Eingangsbestätigung_BF-2026-0042_Familie_Şükrü_Öztürk_mit_sehr_langem_Dateinamen_2026.pdf", "application/pdf", MailFixtures.MinimalPdf),
            new OutgoingAttachment("Antrag.pdf", "application/pdf", MailFixtures.MinimalPdf),
            new OutgoingAttachment("Größe & Maße; \"Test\" 📄.pdf", "application/pdf", MailFixtures.MinimalPdf),
        ],
    };

    [Fact]
    public void Written_message_reads_back_with_every_field()
    {
        var mail = MimeMessageReader.Read(MimeMessageWriter.Write(Letter()));

        Assert.Equal(Letter().From, mail.From);
        Assert.Equal(Letter().To, mail.To);
        Assert.Equal(Letter().Cc, mail.Cc);
        Assert.Equal(Letter().ReplyTo, mail.ReplyTo);
        Assert.Equal(Letter().Subject, mail.Subject);
        Assert.Equal(Sent, mail.Date);
        Assert.Equal("BF-2026-0042.1@bleiberecht.dortmund.de", mail.MessageId);
        Assert.Equal("nodemailer-1@awo-dortmund.de", mail.InReplyTo);
        Assert.Equal(LineEnds(Letter().TextBody).TrimEnd(), mail.TextBody);
        Assert.Equal(Letter().Attachments.Select(a => a.FileName.Replace('"', '_')), mail.Attachments.Select(a => a.FileName));
        Assert.All(mail.Attachments, a => Assert.Equal(MailFixtures.MinimalPdf, a.Content.ToArray()));
        Assert.Empty(mail.Warnings);
        Assert.Empty(MailProblems.Check(mail));
    }

    [Fact]
    public void Written_message_is_7bit_CRLF_with_short_lines_and_deterministic()
    {
        var bytes = MimeMessageWriter.Write(Letter());
        var text = Encoding.ASCII.GetString(bytes);

        Assert.All(bytes, b => Assert.True(b < 128));
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(line.Length <= 78, $"line of {line.Length}: {line}"));
        Assert.Equal(bytes, MimeMessageWriter.Write(Letter()));
    }

    [Fact]
    public void Text_only_message_has_no_multipart()
    {
        var bytes = MimeMessageWriter.Write(Letter() with { Attachments = [], Subject = "Plain subject" });
        var text = Encoding.ASCII.GetString(bytes);

        Assert.Contains("Subject: Plain subject\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("multipart", text, StringComparison.Ordinal);
        Assert.StartsWith("Sehr geehrter Herr Müller,", MimeMessageReader.Read(bytes).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Automatic_reply_is_marked_so_it_is_not_answered()
    {
        var bytes = MimeMessageWriter.Write(Letter() with { IsAutomatic = true });

        Assert.Contains("\r\nAuto-Submitted: auto-replied\r\nX-Auto-Response-Suppress: All\r\n", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.True(MimeMessageReader.Read(bytes).IsAutomatic);
        Assert.False(MimeMessageReader.Read(MimeMessageWriter.Write(Letter())).IsAutomatic);
    }

    [Fact]
    public void Line_breaks_in_header_input_cannot_inject_headers()
    {
        var bytes = MimeMessageWriter.Write(Letter() with { Subject = "Hallo\r\nBcc: victim@example.org", Attachments = [new OutgoingAttachment("a\r\nX-Evil: 1.pdf", "application/pdf\r\nX-Evil: 2", MailFixtures.MinimalPdf)] });
        var mail = MimeMessageReader.Read(bytes);

        Assert.DoesNotContain("\r\nBcc:", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nX-Evil", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("Hallo  Bcc: victim@example.org", mail.Subject);
        Assert.Equal("application/octet-stream", Assert.Single(mail.Attachments).ContentType);
    }

    [Fact]
    public void Any_subject_text_and_file_name_round_trip()
    {
        var pieces = Gen.Choose(0, 11).SelectMany(kind => kind switch
        {
            0 => Gen.Elements("ä", "ö", "ü", "ß", "Ş", "ç", "€", "„", "“", "–"),
            1 => Gen.Elements(" ", "=", "?", "_", ".", "\"", "\\", ";", "%", "'", "=?", "?="),
            2 => Gen.Elements("📄", "👍🏽", "ẞ"),
            _ => Gen.Choose(0x21, 0x7E).Select(c => ((char)c).ToString()),
        });
        var texts = pieces.ListOf().Select(l => string.Concat(l).Trim()).Where(s => s.Length > 0);
        var cases = Gen.Zip(texts, texts).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases, pair =>
        {
            var (subject, name) = pair;
            // Characters the reader's file-name sanitizer replaces on purpose are left out here.
            // Leading dots are trimmed too (no hidden files), so a name of dots only gets a stem.
            var stem = new string(name.Select(c => "\"\\?<>:|*/".Contains(c, StringComparison.Ordinal) ? 'x' : c).ToArray()).Trim('.', ' ');
            var fileName = (stem.Length == 0 ? "anhang" : stem) + ".pdf";
            var mail = MimeMessageReader.Read(MimeMessageWriter.Write(new OutgoingMail
            {
                From = new MailAddress(subject, "a@example.org"),
                Subject = subject,
                Date = Sent,
                MessageId = "p@example.org",
                TextBody = subject + "\n" + name,
                Attachments = [new OutgoingAttachment(fileName, "application/pdf", MailFixtures.MinimalPdf)],
            }));
            Assert.Equal(subject, mail.Subject);
            Assert.Equal(subject.Trim('\'').Trim(), mail.From?.DisplayName ?? "");
            Assert.Equal((subject + "\n" + name).Trim(), mail.TextBody);
            Assert.Equal(fileName, mail.Attachments[0].FileName);
            return true;
        }));
    }

    [Fact]
    public async Task Written_message_survives_a_real_SMTP_conversation_and_reads_back()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Mail", "Node", "smtp-roundtrip.mjs");
        _ = RepoPaths.NodeModules;
        var bytes = MimeMessageWriter.Write(Letter());

        var (exitCode, output, error) = await NodeProcess.RunAsync(script, [], standardInput: Convert.ToBase64String(bytes), timeout: TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.StartsWith("250", root.GetProperty("response").GetString(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("eightBit").GetBoolean());
        Assert.False(root.GetProperty("bareLf").GetBoolean());
        Assert.True(root.GetProperty("maxLine").GetInt32() <= 78);
        var received = Convert.FromBase64String(root.GetProperty("received").GetString()!);
        Assert.Equal(MimeMessageReader.Read(bytes) with { Attachments = [], Warnings = [] }, MimeMessageReader.Read(received) with { Attachments = [], Warnings = [] }, new MailMessageFieldsComparer());
        var mail = MimeMessageReader.Read(received);
        Assert.Equal(Letter().Subject, mail.Subject);
        Assert.Equal(LineEnds(Letter().TextBody).TrimEnd(), mail.TextBody);
        Assert.Equal(3, mail.PdfAttachments.Count());
    }

    private static string LineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private sealed class MailMessageFieldsComparer : IEqualityComparer<MailMessage>
    {
        public bool Equals(MailMessage? x, MailMessage? y) =>
            x is not null && y is not null && x.From == y.From && x.Subject == y.Subject && x.Date == y.Date &&
            x.MessageId == y.MessageId && x.TextBody == y.TextBody && x.To.SequenceEqual(y.To) && x.Cc.SequenceEqual(y.Cc);

        public int GetHashCode(MailMessage obj) => obj.Subject.GetHashCode(StringComparison.Ordinal);
    }
}
