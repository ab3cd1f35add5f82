using System.Globalization;
using System.Net.Mail;
using Bleiberecht.Functions.Deployment;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.Mail;

/// <summary>Outgoing mail settings (<c>Mail__*</c>), read and checked at start-up.</summary>
internal sealed record MailOptions(MailProvider Provider, string? From, string? SmtpHost, int SmtpPort, Uri? AcsEndpoint, Documents.Mail.SmtpSecurity SmtpSecurity = Documents.Mail.SmtpSecurity.Auto, string? SmtpUser = null, string? SmtpPassword = null)
{
    /// <summary>The SMTP port when <c>Mail__SmtpPort</c> is empty.</summary>
    public const int DefaultSmtpPort = 587;

    /// <summary>Reads the <c>Mail__*</c> settings; empty values count as absent.</summary>
    /// <exception cref="InvalidConfigurationException">A setting is unusable; the message names it.</exception>
    public static MailOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? Value(string name) => configuration[name.Replace("__", ":", StringComparison.Ordinal)] is { Length: > 0 } v ? v.Trim() : null;

        var problems = new List<string>();
        var provider = MailProvider.None;
        if (Value(KnownSettings.MailProvider) is { } providerText && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            problems.Add($"{KnownSettings.MailProvider} must be None, Smtp or AzureCommunicationServices, not '{providerText}'");
        }

        var from = Value(KnownSettings.MailFrom);
        var host = Value(KnownSettings.MailSmtpHost);
        var port = DefaultSmtpPort;
        if (Value(KnownSettings.MailSmtpPort) is { } portText && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            problems.Add($"{KnownSettings.MailSmtpPort} must be a TCP port number, not '{portText}'");
        }

        Uri? acs = null;
        if (Value(KnownSettings.MailAcsEndpoint) is { } acsText && (!Uri.TryCreate(acsText, UriKind.Absolute, out acs) || acs.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"{KnownSettings.MailAcsEndpoint} must be an https URL");
        }

        if (provider != MailProvider.None && (from is null || !MailAddress.TryCreate(from, out _)))
        {
            problems.Add($"{KnownSettings.MailFrom} must be a mail address when {KnownSettings.MailProvider} is {provider}");
        }

        if (provider == MailProvider.Smtp && host is null)
        {
            problems.Add($"{KnownSettings.MailSmtpHost} is required when {KnownSettings.MailProvider} is Smtp");
        }

        if (provider == MailProvider.AzureCommunicationServices && acs is null && !problems.Exists(p => p.StartsWith(KnownSettings.MailAcsEndpoint, StringComparison.Ordinal)))
        {
            problems.Add($"{KnownSettings.MailAcsEndpoint} is required when {KnownSettings.MailProvider} is AzureCommunicationServices");
        }

        var security = Documents.Mail.SmtpSecurity.Auto;
        if (Value(KnownSettings.MailSmtpSecurity) is { } securityText && (!Enum.TryParse(securityText, ignoreCase: true, out security) || !Enum.IsDefined(security)))
        {
            problems.Add($"{KnownSettings.MailSmtpSecurity} must be Auto, None, StartTls or Tls, not '{securityText}'");
        }

        var user = Value(KnownSettings.MailSmtpUser);
        var password = Value(KnownSettings.MailSmtpPassword);
        if ((user is null) != (password is null))
        {
            // Never echo the password, not even its length.
            problems.Add($"{KnownSettings.MailSmtpUser} and {KnownSettings.MailSmtpPassword} must be set together");
        }

        return problems.Count == 0
            ? new MailOptions(provider, from, host, port, acs, security, user, password)
            : throw new InvalidConfigurationException(string.Join("; ", problems));
    }
}
