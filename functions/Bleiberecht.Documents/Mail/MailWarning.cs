namespace Bleiberecht.Documents.Mail;

/// <summary>A tolerated irregularity, with a short technical detail (English).</summary>
public sealed record MailWarning(MailWarningCode Code, string Detail);
