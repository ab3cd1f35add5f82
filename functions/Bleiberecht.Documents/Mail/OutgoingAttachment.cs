namespace Bleiberecht.Documents.Mail;

/// <summary>A file to send with <see cref="MimeMessageWriter"/>.</summary>
/// <param name="FileName">The name the recipient sees; any Unicode (written as RFC 2231 with an RFC 2047 fallback).</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The bytes (written base64).</param>
public sealed record OutgoingAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
