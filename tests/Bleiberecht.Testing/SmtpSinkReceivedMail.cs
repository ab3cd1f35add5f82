namespace Bleiberecht.Testing;

/// <summary>One message the <see cref="SmtpSinkFixture"/> accepted: the SMTP envelope and the bytes after DATA (dot-stuffing undone).</summary>
/// <param name="Sequence">1 for the first message the sink accepted, then 2, 3, …</param>
/// <param name="EnvelopeFrom">The <c>MAIL FROM</c> address (empty for a null reverse path).</param>
/// <param name="EnvelopeTo">The accepted <c>RCPT TO</c> addresses.</param>
/// <param name="AuthenticatedUser">The user name the client authenticated with, or null.</param>
/// <param name="Tls">True when the message came over TLS (STARTTLS).</param>
/// <param name="Raw">The message as received; read it with <c>MimeMessageReader.Read</c> to check subject, body and attachments.</param>
public sealed record ReceivedMail(int Sequence, string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? AuthenticatedUser, bool Tls, byte[] Raw);
