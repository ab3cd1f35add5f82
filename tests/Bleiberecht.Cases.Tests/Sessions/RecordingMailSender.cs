using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Cases.Tests.Sessions;

/// <summary>Records outgoing mail (stands in for the SMTP sink fixture until it exists).</summary>
internal sealed class RecordingMailSender : IMailSender
{
    private readonly Lock gate = new();
    private readonly List<OutgoingMail> sent = [];

    public MailAddress From { get; } = new("Gremium Bleiberechte fördern", "gremium@bleiberecht.example");

    public IReadOnlyList<OutgoingMail> Sent
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            sent.Add(mail);
        }

        return Task.CompletedTask;
    }
}
