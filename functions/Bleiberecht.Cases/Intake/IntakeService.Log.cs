using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Intake;

/// <summary>Log messages of the intake (event ids 3050-3069): case numbers, channels and problem codes only.</summary>
public sealed partial class IntakeService
{
    [LoggerMessage(EventId = 3050, Level = LogLevel.Information, Message = "Submission via {Channel} rejected: {Codes}")]
    private partial void LogRejected(string channel, string codes);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Information, Message = "Submission via {Channel} accepted as case {CaseNumber} (new: {Created}, documents stored: {Stored}); problems: {Codes}")]
    private partial void LogAccepted(string channel, string caseNumber, bool created, int stored, string codes);

    [LoggerMessage(EventId = 3052, Level = LogLevel.Warning, Message = "Case {CaseNumber} had no orchestration (an earlier intake stopped half-way); started it now")]
    private partial void LogHealed(string caseNumber);

    [LoggerMessage(EventId = 3053, Level = LogLevel.Information, Message = "{Stored} document(s) added to case {CaseNumber}")]
    private partial void LogDocumentsAdded(string caseNumber, int stored);

    [LoggerMessage(EventId = 3054, Level = LogLevel.Information, Message = "Submission for closed case {CaseNumber} stored nothing")]
    private partial void LogClosed(string caseNumber);
}
