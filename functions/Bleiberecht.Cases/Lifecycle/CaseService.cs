using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// <see cref="ICaseService"/>: reads the case rows and the stored application; actions check the case's state and raise a
/// <see cref="CaseEvent"/> to its orchestration (which does the work and the audit entry).
/// </summary>
internal sealed class CaseService(CaseStore cases, IDocumentStore documents, IAuditTrail audit, WorkflowClient workflows, TimeProvider timeProvider) : ICaseService
{
    public Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        cases.GetAsync(caseNumber, cancellationToken);

    public Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default) =>
        cases.ListAsync(committeeId, year, organisationId, cancellationToken);

    public async Task<ApplicationRecord?> GetApplicationAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        if (await cases.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false) is not { Purged: false })
        {
            return null;
        }

        return (await new ApplicationDataStore(documents).LoadAsync(caseNumber, cancellationToken).ConfigureAwait(false))?.Record;
    }

    public async Task WithdrawAsync(string caseNumber, Actor actor, string? reason, CancellationToken cancellationToken = default)
    {
        await OpenCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        await RaiseAsync(caseNumber, new CaseEvent { Kind = CaseEventKind.Withdrawn, Actor = actor, At = timeProvider.GetUtcNow(), Reason = reason }, cancellationToken).ConfigureAwait(false);
    }

    public async Task RevokeConsentAsync(string caseNumber, Actor actor, CancellationToken cancellationToken = default)
    {
        var summary = await cases.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false) ?? throw CaseActionErrors.NotFound(caseNumber);
        if (summary.Purged)
        {
            return; // nothing personal is kept any more: the revocation is fulfilled already
        }

        // Also for a closed case still in its retention period: the orchestration purges at once.
        await RaiseAsync(caseNumber, new CaseEvent { Kind = CaseEventKind.ConsentRevoked, Actor = actor, At = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReportExclusionAsync(string caseNumber, ExclusionFact fact, Actor actor, CancellationToken cancellationToken = default)
    {
        await OpenCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        await RaiseAsync(caseNumber, new CaseEvent { Kind = CaseEventKind.ExclusionReported, Actor = actor, At = timeProvider.GetUtcNow(), Exclusion = fact }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        _ = await cases.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false) ?? throw CaseActionErrors.NotFound(caseNumber);
        return await audit.ListAsync(caseNumber, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CaseSummary> OpenCaseAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var summary = await cases.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false) ?? throw CaseActionErrors.NotFound(caseNumber);
        return summary.Status == CaseStatus.Closed ? throw CaseActionErrors.Closed(caseNumber) : summary;
    }

    private async Task RaiseAsync(string caseNumber, CaseEvent caseEvent, CancellationToken cancellationToken)
    {
        var instance = await workflows.GetInstanceAsync(caseNumber, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (instance is null || instance.IsCompleted)
        {
            throw CaseActionErrors.NotRunning(caseNumber);
        }

        await workflows.RaiseEventAsync(caseNumber, CaseWorkflow.CaseEventName, caseEvent, cancellationToken).ConfigureAwait(false);
    }
}
