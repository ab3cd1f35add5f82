using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Documents.Application;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Intake;

/// <summary>
/// <see cref="ICaseIntake"/>: checks a submission (committee, registered counsellor, <see cref="IntakeLimits"/>, PDFs by
/// content), reads it with <see cref="SubmissionReader"/>, registers the case (<see cref="CaseRegistry"/>; idempotency
/// keys: the SHA-256 of each file and the Message-ID), stores the PDFs and starts the case orchestration. A rejection
/// stores nothing. Every step after registration is repeatable, so a submission that stopped half-way heals when it
/// comes again (missing documents are stored, a missing orchestration is started).
/// </summary>
public sealed partial class IntakeService(
    CommitteeCatalog committees,
    CaseRegistry registry,
    IDocumentStore documents,
    WorkflowClient workflow,
    SubmissionReadOptions readOptions,
    TimeProvider timeProvider,
    ILogger<IntakeService> logger,
    IntakeLimits? limits = null) : ICaseIntake
{
    /// <summary>Reader problems that make a file unusable: the submission is rejected.</summary>
    private static readonly HashSet<string> FileRejections = new(StringComparer.Ordinal)
    {
        "not-a-pdf", "unreadable", "password-protected", "unknown-form-version", "no-files",
    };

    /// <summary>Reader problems of files that are not a Kurzantrag: fine as supporting documents next to one, a rejection alone.</summary>
    private static readonly HashSet<string> NotAnApplication = new(StringComparer.Ordinal) { "unknown-form", "needs-manual-entry" };

    private readonly IntakeLimits limits = limits ?? IntakeLimits.Default;

    /// <inheritdoc />
    public async Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (committee, organisation, rejection) = CheckSender(request);
        var files = rejection is null ? CheckFiles(request.Files, out rejection) : [];
        if (rejection is not null)
        {
            return Rejected(request, rejection);
        }

        var read = SubmissionReader.Read(files.Select(f => f.ForReader).ToArray(), readOptions);
        var unusable = read.Problems.Where(p => FileRejections.Contains(p.Code)).ToList();
        if (unusable.Count == 0 && read.Problems.Count(p => NotAnApplication.Contains(p.Code)) >= files.Length)
        {
            unusable.AddRange(read.Problems.Where(p => NotAnApplication.Contains(p.Code)));
        }

        if (unusable.Count > 0)
        {
            return Rejected(request, unusable);
        }

        var problems = read.Problems.Where(p => !NotAnApplication.Contains(p.Code)).ToArray();
        var keys = files.Select(f => "sha256:" + f.Sha256).ToList();
        if (!string.IsNullOrWhiteSpace(request.MessageId))
        {
            keys.Add("message-id:" + request.MessageId.Trim());
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["OrganisationId"] = organisation!.Id,
            ["CounsellorEmail"] = request.CounsellorEmail.Trim(),
            ["Channel"] = request.Channel.ToString(),
            ["Status"] = nameof(CaseStatus.Received),
            ["Urgent"] = read.Record.Urgent == true || read.Record.DeportationDateFixed == true,
        };
        var registration = await RegisterAsync(committee!, request, keys, properties, cancellationToken).ConfigureAwait(false);
        var caseNumber = registration.Number.ToString();
        var actor = new Actor(ActorRole.Counsellor, request.CounsellorEmail.Trim(), committee!.Id, organisation.Id);
        var stored = await StoreAndStartAsync(committee, registration.Number, files, actor, !registration.Created, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            LogClosed(caseNumber);
            return new IntakeResult { CaseNumber = caseNumber, Created = false, Status = CaseStatus.Closed, Problems = problems };
        }

        LogAccepted(request.Channel.ToString(), caseNumber, registration.Created, stored.Value, Codes(problems));
        var status = problems.Any(p => !p.IsWarning) ? CaseStatus.Incomplete : CaseStatus.Received;
        if (!registration.Created)
        {
            status = await CurrentStatusAsync(committee.Id, registration.Number, status, cancellationToken).ConfigureAwait(false);
        }

        return new IntakeResult { CaseNumber = caseNumber, Created = registration.Created, Status = status, Problems = problems };
    }

    /// <inheritdoc />
    public async Task<IntakeResult> AddDocumentsAsync(string caseNumber, IntakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (committee, organisation, rejection) = CheckSender(request);
        if (rejection is not null)
        {
            return Rejected(request, rejection);
        }

        if (!CaseNumber.TryParse(caseNumber, out var number) || committees.FindByCaseNumber(caseNumber)?.Id != committee!.Id
            || await registry.GetAsync(committee.Id, number.Value, cancellationToken).ConfigureAwait(false) is not { } row
            || !string.Equals(row.GetString("OrganisationId"), organisation!.Id, StringComparison.Ordinal))
        {
            // Another organisation's case is "not found" too: its existence is none of the caller's business.
            throw new CaseActionException("case-not-found", "Der Fall ist nicht bekannt.", "The case is not known.");
        }

        if (await IsClosedAsync(committee, number.Value, cancellationToken).ConfigureAwait(false))
        {
            throw ClosedCase();
        }

        var files = CheckFiles(request.Files, out rejection);
        if (rejection is not null)
        {
            return Rejected(request, rejection);
        }

        var unusable = SubmissionReader.Read(files.Select(f => f.ForReader).ToArray(), readOptions).Problems.Where(p => FileRejections.Contains(p.Code)).ToArray();
        if (unusable.Length > 0)
        {
            return Rejected(request, unusable);
        }

        var actor = new Actor(ActorRole.Counsellor, request.CounsellorEmail.Trim(), committee.Id, organisation.Id);
        var stored = await StoreAndStartAsync(committee, number.Value, files, actor, existingCase: true, cancellationToken).ConfigureAwait(false) ?? throw ClosedCase();
        LogDocumentsAdded(caseNumber, stored);

        var problems = (await ReadCaseAsync(caseNumber, cancellationToken).ConfigureAwait(false)).Problems.Where(p => !NotAnApplication.Contains(p.Code)).ToArray();
        var status = problems.Any(p => !p.IsWarning) ? CaseStatus.Incomplete : CaseStatus.Received;
        return new IntakeResult
        {
            CaseNumber = caseNumber,
            Created = false,
            Status = await CurrentStatusAsync(committee.Id, number.Value, status, cancellationToken).ConfigureAwait(false),
            Problems = problems,
        };
    }

    private (CommitteeConfiguration? Committee, CounsellorOrganisation? Organisation, IReadOnlyList<ApplicationProblem>? Rejection) CheckSender(IntakeRequest request)
    {
        if (committees.Find(request.CommitteeId ?? "") is not { } committee)
        {
            return (null, null, [IntakeProblems.UnknownCommittee()]);
        }

        return string.IsNullOrWhiteSpace(request.CounsellorEmail) || committee.FindOrganisationOf(request.CounsellorEmail) is not { } organisation
            ? (committee, null, [IntakeProblems.UnknownCounsellor()])
            : (committee, organisation, null);
    }

    private IntakeFile[] CheckFiles(IReadOnlyList<SubmissionFile>? submitted, out IReadOnlyList<ApplicationProblem>? rejection)
    {
        rejection = null;
        if (submitted is not { Count: > 0 })
        {
            rejection = [IntakeProblems.NoFiles()];
            return [];
        }

        if (submitted.Count > limits.MaxFiles)
        {
            rejection = [IntakeProblems.TooManyFiles(submitted.Count, limits.MaxFiles)];
            return [];
        }

        var files = submitted.Select(IntakeFile.From).ToArray();
        var tooLarge = files.Where(f => f.Content.LongLength > limits.MaxFileBytes).Select(f => IntakeProblems.FileTooLarge(f.SafeName, f.Content.LongLength, limits.MaxFileBytes)).ToArray();
        var total = files.Sum(f => f.Content.LongLength);
        if (tooLarge.Length > 0 || total > limits.MaxTotalBytes)
        {
            rejection = tooLarge.Length > 0 ? tooLarge : [IntakeProblems.SubmissionTooLarge(total, limits.MaxTotalBytes)];
            return [];
        }

        var notPdf = files.Where(f => !StartsAsPdf(f.Content)).Select(f => IntakeProblems.NotAPdf(f.SafeName)).ToArray();
        if (notPdf.Length > 0)
        {
            rejection = notPdf;
            return [];
        }

        // Two uploads with the same content are one document.
        return files.DistinctBy(f => f.Sha256, StringComparer.Ordinal).ToArray();
    }

    private bool StartsAsPdf(byte[] content) => content.AsSpan(0, Math.Min(content.Length, limits.PdfHeaderWindow)).IndexOf("%PDF-"u8) >= 0;

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

    private async Task<CaseStatus> CurrentStatusAsync(string committeeId, CaseNumber number, CaseStatus fallback, CancellationToken cancellationToken)
    {
        var row = await registry.GetAsync(committeeId, number, cancellationToken).ConfigureAwait(false);
        return Enum.TryParse<CaseStatus>(row?.GetString("Status"), out var status) && status != CaseStatus.Received ? status : fallback;
    }

    private IntakeResult Rejected(IntakeRequest request, IReadOnlyList<ApplicationProblem> problems)
    {
        LogRejected(request.Channel.ToString(), Codes(problems));
        return new IntakeResult { Problems = problems };
    }

    private static string Codes(IEnumerable<ApplicationProblem> problems) =>
        string.Join(",", problems.Select(p => p.Code).Distinct(StringComparer.Ordinal)) is { Length: > 0 } codes ? codes : "none";
}
