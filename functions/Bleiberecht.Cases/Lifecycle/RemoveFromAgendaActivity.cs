using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Takes a case that left the process off the waiting list and open agendas (<see cref="ISessionAgenda.RemoveAsync"/>).</summary>
internal sealed class RemoveFromAgendaActivity(ISessionAgenda agenda) : TaskActivity<CaseLifecycleInput, bool>
{
    public const string Name = "CaseLifecycle.RemoveFromAgenda";

    public override async Task<bool> RunAsync(TaskActivityContext context, CaseLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await agenda.RemoveAsync(input.CommitteeId, input.CaseNumber, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
