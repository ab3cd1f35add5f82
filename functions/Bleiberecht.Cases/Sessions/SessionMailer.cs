using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Mail;
using Bleiberecht.Documents.Mail;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Sends a session's mail at most once per Message-ID (sent-log) and records it in the audit trail.</summary>
internal sealed class SessionMailer(IMailSender sender, SentMailLog sentLog, IAuditTrail audit, TimeProvider timeProvider, ILogger<SessionMailer> logger)
{
    /// <summary>The sender address.</summary>
    public MailAddress From => sender.From;

    /// <summary>A deterministic Message-ID for <paramref name="sessionId"/> and <paramref name="purpose"/>.</summary>
    public string MessageId(string sessionId, string purpose) => $"{sessionId}.{purpose}@{sender.From.Domain}";

    /// <summary>Sends <paramref name="mail"/> unless its Message-ID was sent before; returns true when sent now.</summary>
    public async Task<bool> SendOnceAsync(string sessionId, string recipientId, OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!await sentLog.SendOnceAsync(sender, mail, sessionId, cancellationToken).ConfigureAwait(false))
        {
            SessionsLog.MailAlreadySent(logger, mail.MessageId, sessionId);
            return false;
        }

        await audit.AppendAsync(
            new AuditEntry(sessionId, timeProvider.GetUtcNow(), ActorRole.System, Actor.System.Subject, "mail.sent", $"{recipientId} {mail.MessageId}"),
            $"mail|{mail.MessageId}",
            cancellationToken).ConfigureAwait(false);
        SessionsLog.MailSent(logger, mail.MessageId, sessionId);
        return true;
    }
}
