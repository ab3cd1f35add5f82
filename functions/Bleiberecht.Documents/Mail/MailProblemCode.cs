namespace Bleiberecht.Documents.Mail;

/// <summary>What a counsellor can get wrong when submitting by e-mail; stable codes for the reply and the audit trail.</summary>
public enum MailProblemCode
{
    /// <summary>The message exceeds the size limit.</summary>
    MessageTooLarge,

    /// <summary>The message has too many parts or attachments.</summary>
    TooManyParts,

    /// <summary>Messages forwarded inside messages, nested too deeply.</summary>
    NestedTooDeep,

    /// <summary>The message could not be read (malformed, oversized headers, took too long).</summary>
    Unreadable,

    /// <summary>No sender address could be read.</summary>
    MissingSender,

    /// <summary>No attachment at all.</summary>
    NoPdfAttached,

    /// <summary>Attachments, but none is or claims to be a PDF (Word, photos, ZIP …).</summary>
    NotPdfFiles,

    /// <summary>The documents were sent packed in a ZIP (or other) archive.</summary>
    ArchiveInsteadOfPdf,

    /// <summary>An attachment named or typed as PDF is not a PDF by its content.</summary>
    AttachmentNotPdf,

    /// <summary>An attachment is empty.</summary>
    EmptyAttachment,

    /// <summary>Outlook packed the attachments into winmail.dat (TNEF).</summary>
    WinmailDat,

    /// <summary>The message is encrypted (S/MIME, PGP).</summary>
    Encrypted,
}
