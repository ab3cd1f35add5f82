namespace Bleiberecht.Documents.Mail;

/// <summary>What <see cref="MimeMessageReader"/> found in a message.</summary>
public sealed record MailMessage
{
    /// <summary>The first mailbox of the From header, or null when missing or unreadable.</summary>
    public MailAddress? From { get; init; }

    /// <summary>The Sender header's mailbox, when present.</summary>
    public MailAddress? Sender { get; init; }

    /// <summary>The Reply-To mailboxes.</summary>
    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = [];

    /// <summary>The To mailboxes.</summary>
    public IReadOnlyList<MailAddress> To { get; init; } = [];

    /// <summary>The Cc mailboxes.</summary>
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    /// <summary>The decoded subject, control characters replaced; empty when missing.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The Date header, or null when missing or unreadable.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The Message-ID without angle brackets, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>The first In-Reply-To id without angle brackets, or null.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The text body: the text/plain parts, else text/html converted to text; lines end with <c>\n</c>.</summary>
    public string TextBody { get; init; } = "";

    /// <summary>
    /// The files, in message order (signatures and winmail.dat are not files; see <see cref="Warnings"/>). Content of
    /// 7bit/8bit/binary parts refers to the input memory: do not reuse a buffer given to <see cref="MimeMessageReader.Read"/> while the result is in use.
    /// </summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// True for machine-sent mail that must not be answered automatically (RFC 3834): <c>Auto-Submitted</c> other than
    /// <c>no</c>, delivery reports (<c>multipart/report</c>, bounces), <c>Precedence: bulk/junk/list</c>, auto-reply
    /// markers, or an empty <c>Return-Path: &lt;&gt;</c>. Replying to these risks mail loops.
    /// </summary>
    public bool IsAutomatic { get; init; }

    /// <summary>What was tolerated or skipped.</summary>
    public IReadOnlyList<MailWarning> Warnings { get; init; } = [];

    /// <summary>The attachments that are PDFs by content.</summary>
    public IEnumerable<MailAttachment> PdfAttachments => Attachments.Where(a => a.IsPdf);

    /// <summary>True when a warning of <paramref name="code"/> was recorded.</summary>
    public bool HasWarning(MailWarningCode code) => Warnings.Any(w => w.Code == code);
}
