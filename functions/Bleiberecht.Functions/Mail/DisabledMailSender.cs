using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Functions.Mail;

/// <summary>
/// <see cref="IMailSender"/> for <c>Mail__Provider=None</c>: sends nothing and logs that it did not (no addresses, no
/// contents), so a deployment without mail settings still runs its workflows.
/// </summary>
internal sealed class DisabledMailSender(MailAddress from, ILogger<DisabledMailSender> logger) : IMailSender
{
    public MailAddress From => from;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        MailLog.NotSent(logger);
        return Task.CompletedTask;
    }
}
