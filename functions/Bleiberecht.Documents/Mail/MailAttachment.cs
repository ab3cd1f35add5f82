namespace Bleiberecht.Documents.Mail;

/// <summary>A file carried by a message (also from a forwarded message inside it).</summary>
/// <param name="FileName">The sanitized file name (no path, no control or reserved characters, NFC); generated when the message names none.</param>
/// <param name="ContentType">The declared media type, lower case (e.g. <c>application/pdf</c>).</param>
/// <param name="Content">The decoded bytes.</param>
/// <param name="IsPdf">True when the content is a PDF by its bytes (<c>%PDF-</c> within the first 1024 bytes), whatever was declared.</param>
/// <param name="IsDeclaredPdf">True when the sender declared a PDF: type <c>application/pdf</c> (or x-pdf) or a <c>.pdf</c> name.</param>
/// <param name="IsInline">True when the part was marked <c>Content-Disposition: inline</c> (Apple Mail does this for PDFs).</param>
/// <param name="FromForwardedMessage">True when the file sits inside a forwarded message (<c>message/rfc822</c>).</param>
public sealed record MailAttachment(
    string FileName,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    bool IsPdf,
    bool IsDeclaredPdf,
    bool IsInline,
    bool FromForwardedMessage)
{
    /// <summary>Size of the decoded content in bytes.</summary>
    public int Size => Content.Length;
}
