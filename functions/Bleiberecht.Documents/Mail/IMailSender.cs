namespace Bleiberecht.Documents.Mail;

/// <summary>Sends outgoing mail (SMTP locally and on-premises; Azure Communication Services possible).</summary>
public interface IMailSender
{
    /// <summary>The configured sender address (<c>Mail__From</c>).</summary>
    MailAddress From { get; }

    /// <summary>Sends one message; throws on failure (the caller's retry policy decides).</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
