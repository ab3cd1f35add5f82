namespace Bleiberecht.Documents.Mail;

/// <summary>One header field, unfolded; the value is text as sent (RFC 2047 words not yet decoded).</summary>
internal sealed record HeaderField(string Name, string Value);
