using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Sessions;

/// <summary>Raises <see cref="CaseEvent"/>s on case orchestrations (instance id = case number).</summary>
internal sealed class CaseNotifier(WorkflowClient workflows, TimeProvider timeProvider, ILogger<CaseNotifier> logger)
{
    /// <summary>Tells the case; a case whose orchestration is missing or has ended (e.g. closed meanwhile) is skipped and logged.</summary>
    public async Task NotifyAsync(string caseNumber, CaseEventKind kind, string sessionId, Actor actor, Assessment? assessment = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        var caseEvent = new CaseEvent
        {
            Kind = kind,
            Actor = actor,
            At = timeProvider.GetUtcNow(),
            SessionId = sessionId,
            Assessment = assessment,
            Reason = reason,
        };
        try
        {
            await workflows.RaiseEventAsync(caseNumber, CaseWorkflow.CaseEventName, caseEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            SessionsLog.CaseNotNotified(logger, caseNumber, kind.ToString(), e);
        }
    }
}
