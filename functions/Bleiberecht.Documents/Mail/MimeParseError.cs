namespace Bleiberecht.Documents.Mail;

/// <summary>Why <see cref="MimeMessageReader"/> refused a message. Each limit of <see cref="MimeReaderLimits"/> has its own reason.</summary>
public enum MimeParseError
{
    /// <summary>The message is larger than <see cref="MimeReaderLimits.MaxMessageBytes"/>.</summary>
    TooLarge,

    /// <summary>The message has more MIME parts than <see cref="MimeReaderLimits.MaxParts"/>.</summary>
    TooManyParts,

    /// <summary>Multiparts or forwarded messages are nested deeper than <see cref="MimeReaderLimits.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>A header field or a header block is longer than <see cref="MimeReaderLimits.MaxHeaderFieldLength"/> / <see cref="MimeReaderLimits.MaxHeaderBlockBytes"/>.</summary>
    HeaderTooLong,

    /// <summary>A header block has more fields than <see cref="MimeReaderLimits.MaxHeaderFields"/>.</summary>
    TooManyHeaders,

    /// <summary>Reading took longer than <see cref="MimeReaderLimits.TimeBudget"/>.</summary>
    TimeBudgetExceeded,

    /// <summary>The input is not an e-mail message (empty, no header fields).</summary>
    Malformed,
}
