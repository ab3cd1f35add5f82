namespace Bleiberecht.Documents.Mail;

/// <summary>The one exception <see cref="MimeMessageReader"/> throws for a message it refuses; <see cref="Reason"/> says why.</summary>
public sealed class MimeParseException : Exception
{
    public MimeParseException()
        : this(MimeParseError.Malformed, "The message could not be read.")
    {
    }

    public MimeParseException(string message)
        : this(MimeParseError.Malformed, message)
    {
    }

    public MimeParseException(string message, Exception innerException)
        : this(MimeParseError.Malformed, message, innerException)
    {
    }

    public MimeParseException(MimeParseError reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>The typed reason, stable for callers (the intake maps it to a <see cref="MailProblem"/>).</summary>
    public MimeParseError Reason { get; }
}
