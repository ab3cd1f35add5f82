using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Auth;

/// <summary>Authentication log messages (event ids 1200-1219): never a token, an e-mail address or a name.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Development mode without Auth__DevelopmentKey: every development token is refused")]
    public static partial void NoDevelopmentKey(ILogger logger);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "X-MS-CLIENT-PRINCIPAL ignored: App Service authentication is not enabled (WEBSITE_AUTH_ENABLED)")]
    public static partial void ClientPrincipalIgnored(ILogger logger);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Signed-in caller of scheme {Scheme} is not in the committee configuration")]
    public static partial void PersonUnresolved(ILogger logger, string scheme);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Development token refused: {Error}")]
    public static partial void TokenRefused(ILogger logger, DevelopmentTokenError error);
}
