using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Log messages of the session side (case numbers and session ids only, never personal data).</summary>
internal static partial class SessionsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Session {SessionId} planned ({Kind}); {Moved} waiting case(s) moved onto it")]
    public static partial void SessionPlanned(ILogger logger, string sessionId, string kind, int moved);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Case {CaseNumber} could not be told {Kind}: its orchestration is missing or has ended")]
    public static partial void CaseNotNotified(ILogger logger, string caseNumber, string kind, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Agenda of session {SessionId} closed with {Cases} case(s)")]
    public static partial void AgendaClosed(ILogger logger, string sessionId, int cases);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Mail {MessageId} for session {SessionId} sent")]
    public static partial void MailSent(ILogger logger, string messageId, string sessionId);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Mail {MessageId} for session {SessionId} was sent before; not sent again")]
    public static partial void MailAlreadySent(ILogger logger, string messageId, string sessionId);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Session {SessionId} concluded; {CarriedOver} undecided case(s) carried over")]
    public static partial void SessionConcluded(ILogger logger, string sessionId, int carriedOver);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Session {SessionId} cancelled; {Returned} case(s) back to waiting")]
    public static partial void SessionCancelled(ILogger logger, string sessionId, int returned);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "No application data for case {CaseNumber} (purged?): no dossier for session {SessionId}")]
    public static partial void NoDossier(ILogger logger, string caseNumber, string sessionId);
}
