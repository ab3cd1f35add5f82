namespace Bleiberecht.Functions.Mail;

/// <summary>Log messages of outgoing mail (event ids 3000-3019): never addresses, subjects or contents.</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Outgoing mail: provider {Provider}")]
    public static partial void ProviderSelected(ILogger logger, MailProvider provider);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Mail not sent (provider None)")]
    public static partial void NotSent(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Mail not sent: Azure Communication Services is not supported yet; use provider Smtp")]
    public static partial void AcsNotSupported(ILogger logger);
}
