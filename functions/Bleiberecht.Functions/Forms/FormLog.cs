using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The form's log messages (event ids 1600-1699): case numbers, problem codes and counts only — never names, e-mail
/// addresses or file names (they may carry personal data).
/// </summary>
internal static partial class FormLog
{
    /// <summary>The category of the form's logger.</summary>
    public const string Category = "Bleiberecht.Functions.Forms";

    [LoggerMessage(EventId = 1600, Level = LogLevel.Information, Message = "Form submission accepted as case {CaseNumber} (new: {Created}, open problems: {ProblemCount})")]
    public static partial void Accepted(ILogger logger, string caseNumber, bool created, int problemCount);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Form submission rejected: {ProblemCodes}")]
    public static partial void Rejected(ILogger logger, string problemCodes);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "Documents added to case {CaseNumber} through the form (open problems: {ProblemCount})")]
    public static partial void Supplemented(ILogger logger, string caseNumber, int problemCount);

    [LoggerMessage(EventId = 1603, Level = LogLevel.Information, Message = "Documents for case {CaseNumber} rejected: {ProblemCodes}")]
    public static partial void SupplementRejected(ILogger logger, string caseNumber, string problemCodes);

    [LoggerMessage(EventId = 1604, Level = LogLevel.Warning, Message = "Form post without a valid antiforgery token refused")]
    public static partial void AntiforgeryFailed(ILogger logger);

    [LoggerMessage(EventId = 1605, Level = LogLevel.Information, Message = "Form post larger than {MaxRequestBytes} bytes refused")]
    public static partial void TooLarge(ILogger logger, long maxRequestBytes);

    [LoggerMessage(EventId = 1606, Level = LogLevel.Error, Message = "The form cannot take submissions: {ServiceName} is not registered")]
    public static partial void ServiceMissing(ILogger logger, string serviceName);
}
