namespace Bleiberecht.Documents.Mail;

/// <summary>A message for <see cref="MimeMessageWriter"/>: plain text plus attachments. Ids and time come from the caller, so output is deterministic.</summary>
public sealed record OutgoingMail
{
    public required MailAddress From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = [];

    public required string Subject { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>The Message-ID without angle brackets, e.g. <c>BF-2026-0042.1@bleiberecht.example</c>.</summary>
    public required string MessageId { get; init; }

    /// <summary>The id this message answers (without brackets); also written as References.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The text body; any line ends.</summary>
    public string TextBody { get; init; } = "";

    public IReadOnlyList<OutgoingAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// Marks machine-sent mail (RFC 3834 <c>Auto-Submitted</c>: <c>auto-replied</c> when answering, else
    /// <c>auto-generated</c>; plus <c>X-Auto-Response-Suppress: All</c> so Exchange sends no out-of-office back).
    /// </summary>
    public bool IsAutomatic { get; init; }
}
