using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Functions.Mail;

/// <summary>
/// Placeholder for <c>Mail__Provider=AzureCommunicationServices</c>. Not supported yet: the ACS Email SDK is not on our
/// package feed, and its REST API (HMAC or Entra ID tokens, long-running send operations) is not implemented. Every send
/// throws <see cref="NotSupportedException"/> so the workflow's retry/poison handling makes the gap visible; use an
/// SMTP relay (ACS also offers SMTP submission) with <c>Mail__Provider=Smtp</c>.
/// </summary>
internal sealed class AcsMailSender(MailAddress from, ILogger<AcsMailSender> logger) : IMailSender
{
    public MailAddress From => from;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        MailLog.AcsNotSupported(logger);
        throw new NotSupportedException("Mail__Provider=AzureCommunicationServices is not supported yet; use Mail__Provider=Smtp (an SMTP relay, e.g. ACS SMTP submission).");
    }
}
