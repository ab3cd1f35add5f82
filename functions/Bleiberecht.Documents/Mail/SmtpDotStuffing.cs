namespace Bleiberecht.Documents.Mail;

/// <summary>Prepares message bytes for SMTP DATA (RFC 5321 4.5.2): CRLF line ends, a '.' doubled at the start of a line, the final <c>CRLF.CRLF</c>.</summary>
internal static class SmtpDotStuffing
{
    public static byte[] Encode(ReadOnlySpan<byte> message)
    {
        using var output = new MemoryStream(message.Length + (message.Length / 64) + 8);
        var lineStart = true;
        for (var i = 0; i < message.Length; i++)
        {
            var b = message[i];
            if (b is (byte)'\r' or (byte)'\n')
            {
                if (b == '\r' && i + 1 < message.Length && message[i + 1] == '\n')
                {
                    i++;
                }

                output.Write("\r\n"u8);
                lineStart = true;
                continue;
            }

            if (lineStart && b == '.')
            {
                output.WriteByte((byte)'.');
            }

            output.WriteByte(b);
            lineStart = false;
        }

        if (!lineStart)
        {
            output.Write("\r\n"u8);
        }

        output.Write(".\r\n"u8);
        return output.ToArray();
    }
}
