using Bleiberecht.Documents.Mail;
using Bleiberecht.Testing;

namespace Bleiberecht.Functions.Tests.Mail;

/// <summary>STARTTLS against a sink that offers it (self-signed certificate, accepted by the test's validation callback).</summary>
public sealed class SmtpStartTlsTests : IAsyncLifetime
{
    private readonly SmtpSinkFixture sink = new() { OfferStartTls = true };

    public Task InitializeAsync() => sink.InitializeAsync();

    public Task DisposeAsync() => sink.DisposeAsync();

    private SmtpMailSender Sender(bool acceptCertificate, string? user = null) => new(new SmtpMailSenderOptions
    {
        From = new MailAddress(null, "bleiberecht@dortmund.example"),
        Host = sink.Host,
        Port = sink.Port,
        UserName = user,
        Password = user is null ? null : sink.Password,
        Timeout = TimeSpan.FromSeconds(10),
        CertificateValidation = acceptCertificate ? (_, _, _, _) => true : null,
    });

    private static OutgoingMail Mail(string to) => new()
    {
        From = new MailAddress(null, "bleiberecht@dortmund.example"),
        To = [new MailAddress(null, to)],
        Subject = "TLS",
        Date = DateTimeOffset.UnixEpoch,
        MessageId = Guid.NewGuid().ToString("N") + "@bleiberecht.example",
        TextBody = "verschlüsselt",
    };

    [Fact]
    public async Task Offered_starttls_is_used_and_authentication_happens_inside_it()
    {
        await Sender(acceptCertificate: true, user: sink.UserName).SendAsync(Mail("tls@awo.example"));

        var received = Assert.Single(await sink.WaitForMailsAsync(1));
        Assert.True(received.Tls);
        Assert.Equal(sink.UserName, received.AuthenticatedUser);
    }

    [Fact]
    public async Task Untrusted_certificate_fails_as_a_connection_error()
    {
        var error = await Assert.ThrowsAsync<SmtpSendException>(() => Sender(acceptCertificate: false).SendAsync(Mail("tls@awo.example")));

        Assert.Null(error.ReplyCode);
        Assert.Empty(sink.Received);
    }
}
