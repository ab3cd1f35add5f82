using Bleiberecht.Cases.Contracts;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Log messages of the case lifecycle: case numbers and codes only, never names or free texts.</summary>
internal static partial class CaseLifecycleLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Case {CaseNumber}: {Action}, status {Status}")]
    public static partial void StateRecorded(ILogger logger, string caseNumber, string action, CaseStatus status);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Case {CaseNumber}: {Letter} mailed ({MessageId})")]
    public static partial void LetterSent(ILogger logger, string caseNumber, CaseLetterKind letter, string messageId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Case {CaseNumber}: {Letter} already mailed ({MessageId}), not sent again")]
    public static partial void LetterAlreadySent(ILogger logger, string caseNumber, CaseLetterKind letter, string messageId);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Case {CaseNumber}: purged, {Count} documents deleted")]
    public static partial void Purged(ILogger logger, string caseNumber, int count);
}
