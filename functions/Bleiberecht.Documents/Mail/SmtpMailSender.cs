using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// <see cref="IMailSender"/> over SMTP (RFC 5321) on plain sockets: one connection per message; EHLO (HELO as fallback),
/// STARTTLS or implicit TLS per <see cref="SmtpMailSenderOptions.Security"/>, optional AUTH PLAIN/LOGIN, MAIL FROM,
/// RCPT TO for every To and Cc, DATA with the bytes of <see cref="MimeMessageWriter"/> dot-stuffed, QUIT.
/// A refused recipient fails the whole message before DATA (nothing is sent to anyone), so a retry sends it once.
/// Failures throw <see cref="SmtpSendException"/> with the reply code; the caller's cancellation throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class SmtpMailSender(SmtpMailSenderOptions options) : IMailSender
{
    /// <inheritdoc />
    public MailAddress From => options.From;

    /// <inheritdoc />
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return SendRawAsync(mail.To.Concat(mail.Cc).Select(a => a.Address).ToArray(), MimeMessageWriter.Write(mail), cancellationToken);
    }

    /// <summary>
    /// Sends bytes that already are an RFC 5322 message (e.g. one passed on unchanged) to <paramref name="recipients"/>;
    /// line ends are normalised to CRLF and lines starting with '.' are dot-stuffed.
    /// </summary>
    public async Task SendRawAsync(IReadOnlyCollection<string> recipients, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var envelopeTo = recipients.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (envelopeTo.Length == 0)
        {
            throw new ArgumentException("The message has no recipient.", nameof(recipients));
        }

        foreach (var address in envelopeTo.Append(options.From.Address))
        {
            if (address.Length == 0 || address.Any(c => c <= ' ' || c is '<' or '>' || char.IsControl(c)))
            {
                throw new ArgumentException("An address contains characters not allowed in an SMTP command.", nameof(recipients));
            }
        }

        var data = SmtpDotStuffing.Encode(message.Span);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await SendCoreAsync(envelopeTo, data, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmtpSendException(null, $"The SMTP server did not answer within {options.Timeout.TotalSeconds:0} s.", new TimeoutException(e.Message, e));
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException)
        {
            throw new SmtpSendException(null, $"The connection to the SMTP server failed ({e.GetType().Name}).", e);
        }
    }

    private async Task SendCoreAsync(string[] recipients, byte[] data, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        var token = timeout.Token;
        timeout.CancelAfter(options.Timeout);
        await using var connection = await SmtpConnection.OpenAsync(options.Host, options.Port, token).ConfigureAwait(false);
        var security = options.Security == SmtpSecurity.Auto && options.Port == 465 ? SmtpSecurity.Tls : options.Security;
        if (security == SmtpSecurity.Tls)
        {
            await connection.StartTlsAsync(options.Host, options.CertificateValidation, token).ConfigureAwait(false);
        }

        Expect(await connection.ReadReplyAsync(token).ConfigureAwait(false), 220, "greeting");
        var extensions = await HelloAsync(connection, timeout).ConfigureAwait(false);

        var startTlsRequired = security == SmtpSecurity.StartTls || (security == SmtpSecurity.Auto && options.Port == 587);
        if (!connection.IsEncrypted && security != SmtpSecurity.None)
        {
            if (extensions.ContainsKey("STARTTLS"))
            {
                timeout.CancelAfter(options.Timeout);
                Expect(await connection.CommandAsync("STARTTLS", token).ConfigureAwait(false), 220, "STARTTLS");
                await connection.StartTlsAsync(options.Host, options.CertificateValidation, token).ConfigureAwait(false);
                extensions = await HelloAsync(connection, timeout).ConfigureAwait(false);
            }
            else if (startTlsRequired)
            {
                throw new SmtpSendException(null, "The SMTP server does not offer STARTTLS, which the settings require.");
            }
        }

        if (options.UserName is not null)
        {
            await AuthenticateAsync(connection, extensions, timeout).ConfigureAwait(false);
        }

        var utf8 = recipients.Append(options.From.Address).Any(a => !Ascii.IsValid(a));
        if (utf8 && !extensions.ContainsKey("SMTPUTF8"))
        {
            throw new SmtpSendException(null, "An address is not ASCII and the SMTP server does not offer SMTPUTF8.");
        }

        var parameters = (extensions.ContainsKey("SIZE") ? $" SIZE={data.Length}" : "") + (utf8 ? " SMTPUTF8" : "");
        await StepAsync(connection, timeout, $"MAIL FROM:<{options.From.Address}>{parameters}", "MAIL FROM").ConfigureAwait(false);
        foreach (var recipient in recipients)
        {
            timeout.CancelAfter(options.Timeout);
            var reply = await connection.CommandAsync($"RCPT TO:<{recipient}>", token).ConfigureAwait(false);
            if (reply.Code is not (250 or 251))
            {
                await QuitQuietlyAsync(connection, "RSET", token).ConfigureAwait(false);
                throw Refused(reply, "RCPT TO");
            }
        }

        timeout.CancelAfter(options.Timeout);
        Expect(await connection.CommandAsync("DATA", token).ConfigureAwait(false), 354, "DATA");
        timeout.CancelAfter(options.Timeout);
        await connection.WriteAsync(data, token).ConfigureAwait(false);
        Expect(await connection.ReadReplyAsync(token).ConfigureAwait(false), 250, "end of DATA");
        cancellationToken.ThrowIfCancellationRequested();
        await QuitQuietlyAsync(connection, null, token).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, string>> HelloAsync(SmtpConnection connection, CancellationTokenSource timeout)
    {
        timeout.CancelAfter(options.Timeout);
        var reply = await connection.CommandAsync("EHLO " + connection.ClientName, timeout.Token).ConfigureAwait(false);
        var extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (reply.IsPositive)
        {
            foreach (var line in reply.Lines.Skip(1))
            {
                var space = line.IndexOfAny([' ', '=']);
                extensions[space < 0 ? line : line[..space]] = space < 0 ? "" : line[(space + 1)..];
            }

            return extensions;
        }

        Expect(await connection.CommandAsync("HELO " + connection.ClientName, timeout.Token).ConfigureAwait(false), 250, "HELO");
        return extensions;
    }

    private async Task AuthenticateAsync(SmtpConnection connection, Dictionary<string, string> extensions, CancellationTokenSource timeout)
    {
        if (!connection.IsEncrypted && !IsLoopback(options.Host))
        {
            throw new SmtpSendException(null, "The password would be sent unencrypted: use STARTTLS or TLS for SMTP authentication.");
        }

        var mechanisms = extensions.TryGetValue("AUTH", out var list) ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var user = options.UserName ?? "";
        var password = options.Password ?? "";
        if (mechanisms.Contains("PLAIN", StringComparer.OrdinalIgnoreCase))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{user}\0{password}"));
            await StepAsync(connection, timeout, "AUTH PLAIN " + token, "AUTH PLAIN", 235).ConfigureAwait(false);
        }
        else if (mechanisms.Contains("LOGIN", StringComparer.OrdinalIgnoreCase))
        {
            await StepAsync(connection, timeout, "AUTH LOGIN", "AUTH LOGIN", 334).ConfigureAwait(false);
            await StepAsync(connection, timeout, Convert.ToBase64String(Encoding.UTF8.GetBytes(user)), "AUTH LOGIN user", 334).ConfigureAwait(false);
            await StepAsync(connection, timeout, Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), "AUTH LOGIN password", 235).ConfigureAwait(false);
        }
        else
        {
            throw new SmtpSendException(null, "The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN.");
        }
    }

    private async Task StepAsync(SmtpConnection connection, CancellationTokenSource timeout, string command, string step, int expected = 250)
    {
        timeout.CancelAfter(options.Timeout);
        Expect(await connection.CommandAsync(command, timeout.Token).ConfigureAwait(false), expected, step);
    }

    private static async Task QuitQuietlyAsync(SmtpConnection connection, string? first, CancellationToken cancellationToken)
    {
        try
        {
            if (first is not null)
            {
                await connection.CommandAsync(first, cancellationToken).ConfigureAwait(false);
            }

            await connection.CommandAsync("QUIT", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpSendException)
        {
            // The message is delivered (or already refused); a lost QUIT changes nothing.
        }
    }

    private static void Expect(SmtpReply reply, int expected, string step)
    {
        if (reply.Code != expected)
        {
            throw Refused(reply, step);
        }
    }

    private static SmtpSendException Refused(SmtpReply reply, string step) =>
        new(reply.Code, $"The SMTP server refused {step} with {reply.Code}.");

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
