namespace Bleiberecht.Documents.Mail;

/// <summary>
/// Sending over SMTP failed: the server refused a step (<see cref="ReplyCode"/>), or the connection failed or timed out
/// (<see cref="ReplyCode"/> null). The message names the step, never an address or content.
/// </summary>
public sealed class SmtpSendException : Exception
{
    public SmtpSendException()
        : this(null, "Sending the message over SMTP failed.")
    {
    }

    public SmtpSendException(string message)
        : this(null, message)
    {
    }

    public SmtpSendException(string message, Exception innerException)
        : this(null, message, innerException)
    {
    }

    public SmtpSendException(int? replyCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ReplyCode = replyCode;
    }

    /// <summary>The server's reply code (e.g. 550 for a refused recipient), or null for connection failures and timeouts.</summary>
    public int? ReplyCode { get; }

    /// <summary>True when trying again later may succeed: a 4xx reply, a connection failure or a timeout.</summary>
    public bool IsTransient => ReplyCode is null or (>= 400 and < 500);
}
