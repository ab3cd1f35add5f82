using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Statistics;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// Every state change: the case row, the anonymous statistics row and one audit entry (id from the orchestration, so a
/// repeat writes the same rows again).
/// </summary>
internal sealed class RecordCaseStateActivity(CaseStore cases, TableStatistics statistics, IAuditTrail audit, ILogger<RecordCaseStateActivity> logger)
    : TaskActivity<CaseStateChange, bool>
{
    public const string Name = "CaseLifecycle.RecordState";

    public override async Task<bool> RunAsync(TaskActivityContext context, CaseStateChange input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;

        // Audit line first: whoever sees the new state in the case row finds its audit line too.
        await audit.AppendAsync(
            new AuditEntry(input.Case.CaseNumber, input.At, input.ActorRole, input.ActorSubject, input.Action, input.Detail),
            input.EntryId,
            cancellationToken).ConfigureAwait(false);
        var summary = await cases.SaveProgressAsync(input.Case, input.Progress, cancellationToken).ConfigureAwait(false);
        var year = CaseNumber.TryParse(input.Case.CaseNumber, out var number) ? number.Value.Year : summary.ReceivedAt.Year;
        await statistics.RecordAsync(
            new CaseStatisticsRow(
                input.Case.CommitteeId,
                year,
                input.Case.CaseNumber,
                summary.Status,
                summary.Outcome,
                summary.ExclusionFacts,
                summary.Recommendation,
                summary.Deferrals,
                summary.ReceivedAt,
                summary.ClosedAt),
            cancellationToken).ConfigureAwait(false);
        CaseLifecycleLog.StateRecorded(logger, input.Case.CaseNumber, input.Action, summary.Status);
        return true;
    }
}
