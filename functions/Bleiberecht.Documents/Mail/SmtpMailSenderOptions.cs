using System.Net.Security;

namespace Bleiberecht.Documents.Mail;

/// <summary>Settings of <see cref="SmtpMailSender"/>.</summary>
public sealed record SmtpMailSenderOptions
{
    /// <summary>The sender address: the <c>From</c> of outgoing mail and the envelope sender (<c>MAIL FROM</c>).</summary>
    public required MailAddress From { get; init; }

    /// <summary>The relay's host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>The relay's port (587 = submission with STARTTLS, 465 = implicit TLS, 25 = relay).</summary>
    public int Port { get; init; } = 587;

    /// <summary>How the connection is protected; see <see cref="SmtpSecurity"/>.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.Auto;

    /// <summary>User name for AUTH PLAIN/LOGIN; null = no authentication.</summary>
    public string? UserName { get; init; }

    /// <summary>Password for AUTH PLAIN/LOGIN. Sent only over TLS or to a loopback host.</summary>
    public string? Password { get; init; }

    /// <summary>Longest wait for connecting and for each server reply (the end of DATA included).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Checks the server certificate instead of the system's default validation (tests with a self-signed certificate).</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }
}
