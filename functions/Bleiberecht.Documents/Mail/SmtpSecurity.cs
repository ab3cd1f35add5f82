namespace Bleiberecht.Documents.Mail;

/// <summary>How <see cref="SmtpMailSender"/> protects the connection.</summary>
public enum SmtpSecurity
{
    /// <summary>
    /// STARTTLS when the server offers it; required on port 587 (submission), where a server without STARTTLS is an
    /// error; implicit TLS on port 465.
    /// </summary>
    Auto,

    /// <summary>Plain text only (a local sink or a relay on a trusted network); STARTTLS is not used even when offered.</summary>
    None,

    /// <summary>STARTTLS is required: a server that does not offer it is an error.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465, "SMTPS").</summary>
    Tls,
}
