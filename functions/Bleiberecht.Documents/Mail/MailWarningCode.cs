namespace Bleiberecht.Documents.Mail;

/// <summary>Something the reader tolerated or skipped; the message was still read.</summary>
public enum MailWarningCode
{
    /// <summary>A charset is unknown; the text was read as UTF-8, or Windows-1252 when not valid UTF-8.</summary>
    UnknownCharset,

    /// <summary>Base64 or quoted-printable data had invalid characters; they were skipped.</summary>
    InvalidEncodedData,

    /// <summary>A Content-Transfer-Encoding is unknown; the bytes were taken as they are.</summary>
    UnknownTransferEncoding,

    /// <summary>A multipart had no boundary parameter; it was read as plain text.</summary>
    MissingBoundary,

    /// <summary>A multipart's closing boundary was missing; the last part runs to the end.</summary>
    MissingFinalBoundary,

    /// <summary>A multipart contained no parts.</summary>
    EmptyMultipart,

    /// <summary>A header line was not a header field; the header block ended there.</summary>
    MalformedHeader,

    /// <summary>A header field that should appear once appeared more than once; the first was used.</summary>
    DuplicateHeader,

    /// <summary>An address could not be read and was left out.</summary>
    MalformedAddress,

    /// <summary>The Date header could not be read.</summary>
    MalformedDate,

    /// <summary>The Content-Type could not be read; text/plain was assumed.</summary>
    MalformedContentType,

    /// <summary>An Outlook winmail.dat (TNEF) part was found; its attachments are not readable.</summary>
    WinmailDat,

    /// <summary>An encrypted part (S/MIME, PGP) was found and could not be read.</summary>
    EncryptedContent,

    /// <summary>A signature part (S/MIME, PGP) was found; it is not an attachment and was not verified.</summary>
    SignatureIgnored,

    /// <summary>The message contains a forwarded message; its attachments were read.</summary>
    ForwardedMessage,
}
