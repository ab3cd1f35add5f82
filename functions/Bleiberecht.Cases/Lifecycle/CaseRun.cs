using System.Globalization;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>One run (replay) of <see cref="CaseLifecycleOrchestrator"/>: its state lives here, its decisions in history.</summary>
internal sealed class CaseRun(TaskOrchestrationContext context, CaseLifecycleInput input)
{
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(8, TimeSpan.FromSeconds(15), 2.0, TimeSpan.FromMinutes(30)));

    // A mail relay may be down for hours: retry for about a day before giving up on one letter.
    private static readonly TaskOptions MailRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(12, TimeSpan.FromMinutes(1), 2.0, TimeSpan.FromHours(4)));

    private CaseProgress progress = new();
    private CaseLifecyclePeriods periods = new(TimeSpan.FromDays(7), TimeSpan.FromDays(21), TimeSpan.FromDays(1095));
    private int step;
    private bool enqueued;

    private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public async Task<CaseOutcome> RunAsync()
    {
        if (input.Retention is { } retention)
        {
            progress = retention.Progress;
            step = retention.Step;
            return await RetainAndPurgeAsync();
        }

        var check = await ReadAsync();
        await RecordAsync("case.read", check.IsComplete ? "complete" : "incomplete");
        if (!check.IsComplete)
        {
            var (completed, outcome) = await AwaitCompletionAsync(check);
            if (outcome is { } ended)
            {
                return ended;
            }

            check = completed;
        }

        if (check.Exclusions.Count > 0)
        {
            return await CloseNotAdmissibleAsync(check.Exclusions, Actor.System, Now, "case.not-admissible");
        }

        return await AgendaAsync();
    }

    private async Task<ApplicationCheck> ReadAsync()
    {
        var check = await context.CallActivityAsync<ApplicationCheck>(ReadApplicationActivity.Name, input, Retry);
        periods = check.Rules;
        progress = progress with { Urgent = check.Urgent, MissingItems = check.IsComplete ? [] : check.MissingItems };
        return check;
    }

    private async Task<(ApplicationCheck Check, CaseOutcome? Outcome)> AwaitCompletionAsync(ApplicationCheck check)
    {
        progress = progress with { Status = CaseStatus.Incomplete };
        var requestedAt = Now;
        var dueAt = requestedAt + periods.IncompleteAfter;
        var remindAt = requestedAt + periods.ReminderAfter;
        await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.MissingItemsRequest, NextStep(), DueAt: dueAt));
        await RecordAsync("case.incomplete", string.Join(',', check.MissingItems));
        var reminded = remindAt >= dueAt;
        while (true)
        {
            var caseEvent = await NextEventAsync(reminded ? dueAt : remindAt);
            if (caseEvent is null && !reminded)
            {
                reminded = true;
                await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.Reminder, NextStep(), DueAt: dueAt));
                await RecordAsync("case.reminded");
                continue;
            }

            if (caseEvent is null)
            {
                await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.ClosingNotice, NextStep(), ClosingReason: ClosingReason.Incomplete));

                // Without consent there is no basis to keep the personal data for the retention period: purge at once.
                return (check, await CloseAsync(CaseOutcome.Incomplete, Actor.System, Now, "case.closed-incomplete", string.Join(',', check.MissingItems), purgeNow: !check.HasConsent));
            }

            if (caseEvent.Kind == CaseEventKind.DocumentsAdded)
            {
                check = await ReadAsync();
                await RecordAsync(check.IsComplete ? "case.completed" : "case.documents-added", check.IsComplete ? null : string.Join(',', check.MissingItems), caseEvent.Actor, caseEvent.At);
                if (check.IsComplete)
                {
                    return (check, null);
                }

                continue;
            }

            if (await AnyTimeAsync(caseEvent) is { } outcome)
            {
                return (check, outcome);
            }
        }
    }

    private async Task<CaseOutcome> AgendaAsync()
    {
        await EnqueueAsync("case.admissible");
        while (true)
        {
            var caseEvent = await context.WaitForExternalEvent<CaseEvent>(CaseWorkflow.CaseEventName);
            switch (caseEvent.Kind)
            {
                case CaseEventKind.SessionScheduled:
                    progress = progress with { Status = CaseStatus.Scheduled, SessionId = caseEvent.SessionId ?? progress.SessionId };
                    await RecordAsync("case.scheduled", progress.SessionId, caseEvent.Actor, caseEvent.At);
                    break;
                case CaseEventKind.AgendaClosed:
                    progress = progress with { Status = CaseStatus.OnAgenda, SessionId = caseEvent.SessionId ?? progress.SessionId };
                    await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.CaseTakenUpNotice, NextStep(), SessionId: progress.SessionId, DecidedAt: caseEvent.At));
                    await RecordAsync("case.on-agenda", progress.SessionId, caseEvent.Actor, caseEvent.At);
                    break;
                case CaseEventKind.Assessed when caseEvent.Assessment is { } assessment:
                    var sessionId = caseEvent.SessionId ?? progress.SessionId;
                    await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.AssessmentLetter, NextStep(), Assessment: assessment, SessionId: sessionId, DecidedAt: caseEvent.At));
                    await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.AssessmentNotice, NextStep(), Assessment: assessment, SessionId: sessionId, DecidedAt: caseEvent.At));
                    progress = progress with { Recommendation = assessment.Recommendation, SessionId = sessionId };
                    return await CloseAsync(CaseOutcome.Assessed, caseEvent.Actor, caseEvent.At, "case.assessed", assessment.Recommendation.ToString(), purgeNow: false);
                case CaseEventKind.Deferred:
                    progress = progress with { Deferrals = progress.Deferrals + 1, SessionId = caseEvent.SessionId ?? progress.SessionId };
                    await RecordAsync("case.deferred", progress.SessionId, caseEvent.Actor, caseEvent.At);
                    await EnqueueAsync("case.requeued");
                    break;
                case CaseEventKind.DocumentsAdded:
                    var missing = progress.MissingItems;
                    await ReadAsync(); // refreshes the application data (dossier), keeps the admitted case going
                    progress = progress with { MissingItems = missing };
                    await RecordAsync("case.documents-added", null, caseEvent.Actor, caseEvent.At);
                    break;
                default:
                    if (await AnyTimeAsync(caseEvent) is { } outcome)
                    {
                        return outcome;
                    }

                    break;
            }
        }
    }

    /// <summary>The events every wait accepts: withdrawal, revoked consent, a reported exclusion. Others are recorded as ignored.</summary>
    private async Task<CaseOutcome?> AnyTimeAsync(CaseEvent caseEvent)
    {
        switch (caseEvent.Kind)
        {
            case CaseEventKind.Withdrawn:
                await LeaveAgendaAsync();
                await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.ClosingNotice, NextStep(), ClosingReason: ClosingReason.Withdrawn, ReasonText: caseEvent.Reason));
                return await CloseAsync(CaseOutcome.Withdrawn, caseEvent.Actor, caseEvent.At, "case.withdrawn", null, purgeNow: false);
            case CaseEventKind.ConsentRevoked:
                await LeaveAgendaAsync();
                return await CloseAsync(CaseOutcome.ConsentRevoked, caseEvent.Actor, caseEvent.At, "case.consent-revoked", null, purgeNow: true);
            case CaseEventKind.ExclusionReported when caseEvent.Exclusion is { } fact:
                await LeaveAgendaAsync();
                return await CloseNotAdmissibleAsync([fact], caseEvent.Actor, caseEvent.At, "case.exclusion-reported");
            default:
                await RecordAsync("case.event-ignored", caseEvent.Kind.ToString(), caseEvent.Actor, caseEvent.At);
                return null;
        }
    }

    private async Task<CaseOutcome> CloseNotAdmissibleAsync(IReadOnlyList<ExclusionFact> facts, Actor actor, DateTimeOffset at, string action)
    {
        progress = progress with { ExclusionFacts = facts };
        await LetterAsync(new CaseLetterOrder(input, CaseLetterKind.ClosingNotice, NextStep(), ClosingReason: ClosingReason.NotAdmissible, Exclusions: facts));
        return await CloseAsync(CaseOutcome.NotAdmissible, actor, at, action, string.Join(',', facts), purgeNow: false);
    }

    private async Task<CaseOutcome> CloseAsync(CaseOutcome outcome, Actor actor, DateTimeOffset at, string action, string? detail, bool purgeNow)
    {
        var closedAt = Now;
        progress = progress with
        {
            Status = CaseStatus.Closed,
            Outcome = outcome,
            ClosedAt = closedAt,
            PurgeAt = purgeNow ? closedAt : closedAt + periods.RetentionAfterClosing,
        };
        await RecordAsync(action, detail, actor, at);

        // The retention period (zero when purging now) runs in a fresh execution: the history of the open case
        // (assessment text, reasons in the events) is dropped, only codes and dates are carried over.
        context.ContinueAsNew(input with { Retention = new CaseRetentionState(progress, step) });
        return outcome;
    }

    private async Task<CaseOutcome> RetainAndPurgeAsync()
    {
        while (true)
        {
            var caseEvent = await NextEventAsync(progress.PurgeAt ?? Now);
            if (caseEvent is null)
            {
                break;
            }

            if (caseEvent.Kind == CaseEventKind.ConsentRevoked)
            {
                progress = progress with { PurgeAt = Now };
                await RecordAsync("case.consent-revoked", "after closing", caseEvent.Actor, caseEvent.At);
                break;
            }

            await RecordAsync("case.event-ignored", caseEvent.Kind.ToString(), caseEvent.Actor, caseEvent.At);
        }

        return await PurgeAsync();
    }

    private async Task<CaseOutcome> PurgeAsync()
    {
        var deleted = await context.CallActivityAsync<int>(PurgeCaseActivity.Name, input, Retry);
        progress = progress with { Purged = true };
        await RecordAsync("case.purged", string.Create(CultureInfo.InvariantCulture, $"{deleted} documents deleted"));
        return progress.Outcome ?? CaseOutcome.Withdrawn;
    }

    private async Task EnqueueAsync(string action)
    {
        var sessionId = await context.CallActivityAsync<string?>(EnqueueCaseActivity.Name, new EnqueueCaseRequest(input, progress.Urgent), Retry);
        enqueued = true;
        progress = progress with { Status = sessionId is null ? CaseStatus.Waiting : CaseStatus.Scheduled, SessionId = sessionId ?? progress.SessionId };
        await RecordAsync(action, sessionId is null ? "waiting" : sessionId);
    }

    private async Task LeaveAgendaAsync()
    {
        if (enqueued)
        {
            await context.CallActivityAsync<bool>(RemoveFromAgendaActivity.Name, input, Retry);
        }
    }

    private async Task<CaseEvent?> NextEventAsync(DateTimeOffset deadline)
    {
        var wait = deadline - Now;
        if (wait <= TimeSpan.Zero)
        {
            return null;
        }

        try
        {
            return await context.WaitForExternalEvent<CaseEvent>(CaseWorkflow.CaseEventName, wait);
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Stores and mails a letter; when the mail keeps failing the case goes on (the letter is stored, the audit trail says so).</summary>
    private async Task LetterAsync(CaseLetterOrder order)
    {
        try
        {
            await context.CallActivityAsync<string>(SendCaseLetterActivity.Name, order, MailRetry);
        }
        catch (TaskFailedException failure)
        {
            await RecordAsync("mail.failed", $"{order.Kind}: {failure.FailureDetails.ErrorType}");
        }
    }

    private async Task RecordAsync(string action, string? detail = null, Actor? actor = null, DateTimeOffset? at = null)
    {
        var who = actor ?? Actor.System;
        context.SetCustomStatus(progress.Status.ToString());
        var entryId = string.Create(CultureInfo.InvariantCulture, $"{NextStep():D3}-{action}");
        await context.CallActivityAsync<bool>(
            RecordCaseStateActivity.Name,
            new CaseStateChange(input, progress, entryId, at ?? Now, who.Role, who.Subject, action, detail),
            Retry);
    }

    private int NextStep() => ++step;
}
