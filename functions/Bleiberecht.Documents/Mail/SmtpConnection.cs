using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>One SMTP connection: writes command lines, reads (multi-line) replies, upgrades to TLS.</summary>
internal sealed class SmtpConnection : IAsyncDisposable
{
    private const int MaxLineLength = 4096;
    private const int MaxReplyLines = 100;
    private readonly TcpClient client;
    private readonly byte[] buffer = new byte[8192];
    private Stream stream;
    private int start;
    private int end;

    private SmtpConnection(TcpClient client)
    {
        this.client = client;
        stream = client.GetStream();
    }

    /// <summary>True once the connection is encrypted.</summary>
    public bool IsEncrypted => stream is SslStream;

    /// <summary>The EHLO argument: our address as an address literal (always valid, unlike many machine names).</summary>
    public string ClientName => client.Client.LocalEndPoint is IPEndPoint { Address: var address }
        ? address.IsIPv4MappedToIPv6 ? $"[{address.MapToIPv4()}]"
        : address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[IPv6:{address}]" : $"[{address}]"
        : "[127.0.0.1]";

    public static async Task<SmtpConnection> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return new SmtpConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task StartTlsAsync(string host, RemoteCertificateValidationCallback? validation, CancellationToken cancellationToken)
    {
        if (start != end)
        {
            throw new SmtpSendException(null, "The server sent data before the TLS handshake (possible STARTTLS injection).");
        }

        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions { TargetHost = host, RemoteCertificateValidationCallback = validation },
            cancellationToken).ConfigureAwait(false);
        stream = ssl;
    }

    public async Task<SmtpReply> CommandAsync(string line, CancellationToken cancellationToken)
    {
        await WriteAsync(Encoding.UTF8.GetBytes(line + "\r\n"), cancellationToken).ConfigureAwait(false);
        return await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SmtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 200 || code > 599
                || (line.Length > 3 && line[3] is not (' ' or '-')))
            {
                throw new SmtpSendException(null, "The server sent a malformed reply.");
            }

            lines.Add(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] == ' ')
            {
                return new SmtpReply(code, lines);
            }

            if (lines.Count >= MaxReplyLines)
            {
                throw new SmtpSendException(null, "The server sent an overlong reply.");
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                var length = newline - start;
                if (length > 0 && buffer[newline - 1] == '\r')
                {
                    length--;
                }

                var line = Encoding.UTF8.GetString(buffer, start, length);
                start = newline + 1;
                return line;
            }

            if (end - start >= MaxLineLength)
            {
                throw new SmtpSendException(null, "The server sent an overlong line.");
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new SmtpSendException(null, "The server closed the connection.");
            }

            end += read;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        client.Dispose();
    }
}
