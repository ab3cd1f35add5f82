using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Sessions;

/// <summary>
/// The session orchestration (instance id = session id): waits until the agenda deadline (a cancellation may come
/// first), closes the agenda, sends invitations, agenda, dossiers and the calendar entry, then waits for the
/// secretariat's conclusion (minutes, carry-over) or a cancellation. Returns the final status.
/// </summary>
internal sealed class SessionLifecycle : TaskOrchestrator<SessionLifecycleInput, string>
{
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(6, TimeSpan.FromSeconds(30), 2.0, TimeSpan.FromMinutes(30)));

    public override async Task<string> RunAsync(TaskOrchestrationContext context, SessionLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var closesAt = input.AgendaClosesAt.UtcDateTime;
        context.SetCustomStatus(nameof(SessionStatus.Planned));
        while (context.CurrentUtcDateTime < closesAt)
        {
            SessionEvent early;
            try
            {
                early = await context.WaitForExternalEvent<SessionEvent>(CaseWorkflow.SessionEventName, closesAt - context.CurrentUtcDateTime);
            }
            catch (TaskCanceledException)
            {
                break;
            }

            if (early.Kind == SessionEventKind.Cancelled)
            {
                return await CancelAsync(context, input, early);
            }
        }

        await context.CallActivityAsync<IReadOnlyList<string>>(CloseAgendaActivity.Name, input, Retry);
        context.SetCustomStatus(nameof(SessionStatus.AgendaClosed));
        await context.CallActivityAsync<int>(SendInvitationsActivity.Name, input, Retry);
        context.SetCustomStatus("InvitationsSent");

        var outcome = await context.WaitForExternalEvent<SessionEvent>(CaseWorkflow.SessionEventName);
        if (outcome.Kind == SessionEventKind.Cancelled)
        {
            return await CancelAsync(context, input, outcome);
        }

        await context.CallActivityAsync<IReadOnlyList<string>>(ConcludeSessionActivity.Name, new SessionConclusionInput(input, outcome), Retry);
        context.SetCustomStatus(nameof(SessionStatus.Concluded));
        return nameof(SessionStatus.Concluded);
    }

    private static async Task<string> CancelAsync(TaskOrchestrationContext context, SessionLifecycleInput input, SessionEvent cancellation)
    {
        await context.CallActivityAsync<IReadOnlyList<string>>(CancelSessionActivity.Name, new SessionConclusionInput(input, cancellation), Retry);
        context.SetCustomStatus(nameof(SessionStatus.Cancelled));
        return nameof(SessionStatus.Cancelled);
    }
}
