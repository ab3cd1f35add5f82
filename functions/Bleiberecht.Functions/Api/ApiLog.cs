using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Api;

/// <summary>API log messages (event ids 1220-1239): method and endpoint name, never a body or a person.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 1220, Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Endpoint}; answered 500 problem")]
    public static partial void UnhandledException(ILogger logger, string method, string endpoint, Exception exception);
}
