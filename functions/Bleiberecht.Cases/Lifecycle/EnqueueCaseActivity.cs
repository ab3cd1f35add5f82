using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Puts a ready case on the next open agenda or the waiting list (<see cref="ISessionAgenda.EnqueueAsync"/>, idempotent per case).</summary>
internal sealed class EnqueueCaseActivity(ISessionAgenda agenda) : TaskActivity<EnqueueCaseRequest, string?>
{
    public const string Name = "CaseLifecycle.Enqueue";

    public override Task<string?> RunAsync(TaskActivityContext context, EnqueueCaseRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return agenda.EnqueueAsync(input.Case.CommitteeId, input.Case.CaseNumber, input.Urgent, context.CancellationToken);
    }
}
