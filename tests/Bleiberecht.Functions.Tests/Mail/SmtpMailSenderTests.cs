using System.Net;
using System.Net.Sockets;
using System.Text;
using Bleiberecht.Documents.Mail;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Mail;

/// <summary><see cref="SmtpMailSender"/> against a real SMTP server (smtp-server via <see cref="SmtpSinkFixture"/>).</summary>
public sealed class SmtpMailSenderTests(SmtpSinkFixture sink) : IClassFixture<SmtpSinkFixture>
{
    private static readonly MailAddress Secretariat = new("Geschäftsstelle Bleiberecht", "bleiberecht@dortmund.example");

    private SmtpMailSender Sender(Func<SmtpMailSenderOptions, SmtpMailSenderOptions>? change = null)
    {
        var options = new SmtpMailSenderOptions { From = Secretariat, Host = sink.Host, Port = sink.Port, Security = SmtpSecurity.Auto, Timeout = TimeSpan.FromSeconds(10) };
        return new SmtpMailSender(change is null ? options : change(options));
    }

    private static OutgoingMail Letter(string to, string subject = "Bestätigung: Fall BF-2026-0001 – Größe, Übersicht") => new()
    {
        From = Secretariat,
        To = [new MailAddress("Jörg Müller", to)],
        Subject = subject,
        Date = new DateTimeOffset(2026, 11, 21, 14, 0, 0, TimeSpan.FromHours(1)),
        MessageId = "BF-2026-0001." + Guid.NewGuid().ToString("N") + "@bleiberecht.example",
        InReplyTo = "original@awo.example",
        TextBody = "Guten Tag,\n\nIhr Antrag ist eingegangen.\n.\n..zwei Punkte\nGrüße",
        Attachments = [new OutgoingAttachment("Einschätzung BF-2026-0001.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n.\n..\n%%EOF\n"))],
        IsAutomatic = true,
    };

    [Fact]
    public async Task Sent_mail_arrives_with_umlaut_subject_body_and_intact_attachment()
    {
        var to = "joerg.mueller+" + Guid.NewGuid().ToString("N")[..8] + "@awo.example";
        var letter = Letter(to);

        await Sender().SendAsync(letter);

        var received = Assert.Single(await sink.WaitForMailsAsync(m => m.EnvelopeTo.Contains(to)));
        Assert.Equal(Secretariat.Address, received.EnvelopeFrom);
        var read = MimeMessageReader.Read(received.Raw);
        Assert.Equal(letter.Subject, read.Subject);
        Assert.Equal(letter.MessageId, read.MessageId);
        Assert.Equal("original@awo.example", read.InReplyTo);
        Assert.Equal(letter.TextBody, read.TextBody.TrimEnd('\n'));
        var attachment = Assert.Single(read.Attachments);
        Assert.Equal("Einschätzung BF-2026-0001.pdf", attachment.FileName);
        Assert.True(attachment.IsPdf);
        Assert.Equal(letter.Attachments[0].Content.ToArray(), attachment.Content.ToArray());
        Assert.True(read.IsAutomatic);
    }

    [Fact]
    public async Task Raw_lines_starting_with_a_dot_arrive_unchanged()
    {
        var to = "dots+" + Guid.NewGuid().ToString("N")[..8] + "@awo.example";
        var raw = Encoding.ASCII.GetBytes("From: a@b.example\r\nSubject: dots\r\n\r\n.\r\n..\r\n.leading\r\nmiddle.\r\n. \r\nlast line without break");

        await Sender().SendRawAsync([to], raw);

        var received = Assert.Single(await sink.WaitForMailsAsync(m => m.EnvelopeTo.Contains(to)));
        Assert.Equal(Encoding.ASCII.GetString(raw) + "\r\n", Encoding.ASCII.GetString(received.Raw));
    }

    [Fact]
    public async Task Refused_recipient_throws_with_the_reply_code_and_nothing_is_delivered()
    {
        var ok = "ok+" + Guid.NewGuid().ToString("N")[..8] + "@awo.example";
        var letter = Letter(ok) with { Cc = [new MailAddress(null, "refuse-me@awo.example")] };

        var error = await Assert.ThrowsAsync<SmtpSendException>(() => Sender().SendAsync(letter));

        Assert.Equal(550, error.ReplyCode);
        Assert.False(error.IsTransient);
        Assert.DoesNotContain("refuse-me", error.Message, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(sink.ReceivedBy(ok));
    }

    [Fact]
    public async Task Authenticates_with_the_configured_user()
    {
        var to = "auth+" + Guid.NewGuid().ToString("N")[..8] + "@awo.example";

        await Sender(o => o with { UserName = sink.UserName, Password = sink.Password }).SendAsync(Letter(to));

        var received = Assert.Single(await sink.WaitForMailsAsync(m => m.EnvelopeTo.Contains(to)));
        Assert.Equal(sink.UserName, received.AuthenticatedUser);
    }

    [Fact]
    public async Task Wrong_password_throws_535()
    {
        var error = await Assert.ThrowsAsync<SmtpSendException>(() =>
            Sender(o => o with { UserName = sink.UserName, Password = "wrong" }).SendAsync(Letter("auth-fail@awo.example")));

        Assert.Equal(535, error.ReplyCode);
    }

    [Fact]
    public async Task Required_starttls_on_a_server_without_it_fails_before_sending()
    {
        var error = await Assert.ThrowsAsync<SmtpSendException>(() =>
            Sender(o => o with { Security = SmtpSecurity.StartTls }).SendAsync(Letter("tls-required@awo.example")));

        Assert.Null(error.ReplyCode);
        Assert.Contains("STARTTLS", error.Message, StringComparison.Ordinal);
        Assert.Empty(sink.ReceivedBy("tls-required@awo.example"));
    }

    [Fact]
    public async Task Silent_server_times_out_with_a_transient_error()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accept = listener.AcceptTcpClientAsync();

        var error = await Assert.ThrowsAsync<SmtpSendException>(() =>
            Sender(o => o with { Port = port, Timeout = TimeSpan.FromMilliseconds(500) }).SendAsync(Letter("silent@awo.example")));

        Assert.True(error.IsTransient);
        Assert.IsType<TimeoutException>(error.InnerException);
        (await accept).Dispose();
    }

    [Fact]
    public async Task Nothing_listening_is_a_transient_connection_error()
    {
        var port = FreePorts.Take(1)[0];

        var error = await Assert.ThrowsAsync<SmtpSendException>(() => Sender(o => o with { Port = port }).SendAsync(Letter("nobody@awo.example")));

        Assert.True(error.IsTransient);
        Assert.Null(error.ReplyCode);
    }
}
