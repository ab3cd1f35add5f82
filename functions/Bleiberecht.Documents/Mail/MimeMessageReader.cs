namespace Bleiberecht.Documents.Mail;

/// <summary>
/// Reads RFC 5322 / MIME messages as mail gateways deliver them into what the intake needs: sender, subject, date,
/// ids, text body and attachments (see docs/mail.md). Hostile input ends in a <see cref="MimeParseException"/>
/// or a result, within the <see cref="MimeReaderLimits"/>; nothing else escapes.
/// </summary>
public static class MimeMessageReader
{
    /// <summary>Reads a whole message held in memory.</summary>
    /// <exception cref="MimeParseException">The message is refused; <see cref="MimeParseException.Reason"/> says why.</exception>
    public static MailMessage Read(ReadOnlyMemory<byte> message, MimeReaderLimits? limits = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        limits ??= MimeReaderLimits.Default;
        if (message.Length > limits.MaxMessageBytes)
        {
            throw new MimeParseException(MimeParseError.TooLarge, $"The message is larger than {limits.MaxMessageBytes} bytes.");
        }

        if (message.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new MimeParseException(MimeParseError.Malformed, "The message is empty.");
        }

        var context = new ReadContext(limits, timeProvider ?? TimeProvider.System, cancellationToken);
        try
        {
            return new MessageWalker(context).Walk(message);
        }
        catch (Exception e) when (e is not (MimeParseException or OperationCanceledException or OutOfMemoryException))
        {
            // A defect of ours must not become a crash of the intake: it is reported as unreadable, with the cause attached.
            throw new MimeParseException(MimeParseError.Malformed, "The message could not be read.", e);
        }
    }

    /// <summary>Reads a message from a stream, refusing it as soon as it exceeds <see cref="MimeReaderLimits.MaxMessageBytes"/>.</summary>
    /// <exception cref="MimeParseException">The message is refused; <see cref="MimeParseException.Reason"/> says why.</exception>
    public static async Task<MailMessage> ReadAsync(Stream stream, MimeReaderLimits? limits = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= MimeReaderLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxMessageBytes)
            {
                throw new MimeParseException(MimeParseError.TooLarge, $"The message is larger than {limits.MaxMessageBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), limits, timeProvider, cancellationToken);
    }
}
