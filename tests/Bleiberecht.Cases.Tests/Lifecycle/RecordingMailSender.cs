using System.Collections.Concurrent;
using Bleiberecht.Documents.Mail;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>
/// Records outgoing mail, written through our MIME writer and parsed back (so what is asserted is what a mail client sees).
/// Stand-in until the SMTP sink fixture (task C) is on main.
/// </summary>
internal sealed class RecordingMailSender : IMailSender
{
    public ConcurrentQueue<(OutgoingMail Mail, MailMessage Parsed)> Sent { get; } = new();

    public MailAddress From { get; } = new("Bleiberecht Functions", "noreply@bleiberecht.dortmund.example");

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var bytes = MimeMessageWriter.Write(mail);
        Sent.Enqueue((mail, MimeMessageReader.Read(bytes)));
        return Task.CompletedTask;
    }
}
