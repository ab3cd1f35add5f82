using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Documents.Application;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Intake;

/// <summary>Registering, storing and starting: every step repeatable, so a half-done submission heals when it comes again.</summary>
public sealed partial class IntakeService
{
    /// <summary>
    /// Stores the files the case does not have yet and starts the case orchestration, or tells it about new documents.
    /// Returns how many documents were stored, or null when the case is closed (nothing stored).
    /// </summary>
    private async Task<int?> StoreAndStartAsync(CommitteeConfiguration committee, CaseNumber number, IntakeFile[] files, Actor actor, bool existingCase, CancellationToken cancellationToken)
    {
        var caseNumber = number.ToString();
        var committeeId = committee.Id;
        var instance = await workflow.GetInstanceAsync(caseNumber, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (instance is { IsCompleted: true } || await IsClosedAsync(committee, number, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Stored names start with the content hash: the same content under another name is the same document.
        var existing = (await documents.ListForCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Kind == StoredDocumentKind.Submission)
            .Select(d => d.FileName.Split('-')[0])
            .ToHashSet(StringComparer.Ordinal);
        var missing = files.Where(f => !existing.Contains(f.HashPrefix)).ToArray();
        foreach (var file in missing)
        {
            await documents.SaveAsync(StoredDocumentKind.Submission, caseNumber, null, file.StoredName, file.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (instance is null)
        {
            try
            {
                await workflow.ScheduleNewOrchestrationInstanceAsync(
                    CaseWorkflow.CaseOrchestratorName,
                    new CaseLifecycleInput(committeeId, caseNumber),
                    new StartOrchestrationOptions(InstanceId: caseNumber),
                    cancellationToken).ConfigureAwait(false);
                if (existingCase)
                {
                    LogHealed(caseNumber);
                }

                return missing.Length;
            }
            catch (OrchestrationAlreadyExistsException)
            {
                // A concurrent identical submission started it a moment ago; it may have read before our documents landed.
            }
        }

        if (missing.Length > 0)
        {
            await workflow.RaiseEventAsync(
                caseNumber,
                CaseWorkflow.CaseEventName,
                new CaseEvent { Kind = CaseEventKind.DocumentsAdded, Actor = actor, At = timeProvider.GetUtcNow() },
                cancellationToken).ConfigureAwait(false);
        }

        return missing.Length;
    }

    /// <summary>
    /// Registers the submission, or finds its case. When the case found is closed, a new submission with the same files
    /// (e.g. sent again with the consent after the case closed as incomplete) starts a new case: its keys are registered
    /// again, qualified by the closed case's number. The same message delivered again (its Message-ID belongs to the
    /// closed case) stays with the closed case.
    /// </summary>
    private async Task<CaseRegistration> RegisterAsync(
        CommitteeConfiguration committee, IntakeRequest request, IReadOnlyList<string> keys, IReadOnlyDictionary<string, object?> properties, CancellationToken cancellationToken)
    {
        var messageKey = keys.FirstOrDefault(k => k.StartsWith("message-id:", StringComparison.Ordinal));
        for (var generation = 0; ; generation++)
        {
            var registration = await registry.RegisterAsync(committee, request.ReceivedAt, keys, properties, cancellationToken).ConfigureAwait(false);
            if (registration.Created || generation >= 20 || !await IsClosedAsync(committee, registration.Number, cancellationToken).ConfigureAwait(false)
                || (messageKey is not null && await registry.FindAsync(committee, request.ReceivedAt, messageKey, cancellationToken).ConfigureAwait(false) == registration.Number))
            {
                return registration;
            }

            keys = keys.Select(k => $"{k}|after:{registration.Number}").ToArray();
            messageKey = messageKey is null ? null : $"{messageKey}|after:{registration.Number}";
        }
    }

    /// <summary>Closed: the case orchestration ended, or the case index says Closed or purged.</summary>
    private async Task<bool> IsClosedAsync(CommitteeConfiguration committee, CaseNumber number, CancellationToken cancellationToken)
    {
        var row = await registry.GetAsync(committee.Id, number, cancellationToken).ConfigureAwait(false);
        if (row is not null && (row.GetString("Status") == nameof(CaseStatus.Closed) || row.GetBoolean("Purged") == true))
        {
            return true;
        }

        return await workflow.GetInstanceAsync(number.ToString(), cancellationToken: cancellationToken).ConfigureAwait(false) is { IsCompleted: true };
    }

    private static CaseActionException ClosedCase() =>
        new("case-closed", "Der Fall ist abgeschlossen; es können keine Unterlagen mehr nachgereicht werden.", "The case is closed; documents can no longer be added.");

    private async Task<ApplicationReadResult> ReadCaseAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var files = new List<SubmissionFile>();
        foreach (var document in (await documents.ListForCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false)).Where(d => d.Kind == StoredDocumentKind.Submission))
        {
            if (await documents.OpenAsync(document.Id, cancellationToken).ConfigureAwait(false) is { } opened)
            {
                files.Add(new SubmissionFile(document.FileName, opened.Content.ToArray()));
            }
        }

        return SubmissionReader.Read(files, readOptions);
    }
}
