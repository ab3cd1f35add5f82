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

    private async Task<CaseStatus> CurrentStatusAsync(string committeeId, CaseNumber number, CaseStatus fallback, CancellationToken cancellationToken)
    {
        var row = await registry.GetAsync(committeeId, number, cancellationToken).ConfigureAwait(false);
        // Received/Incomplete follow from the documents just read; later stages only the lifecycle knows.
        return Enum.TryParse<CaseStatus>(row?.GetString("Status"), out var status) && status is not (CaseStatus.Received or CaseStatus.Incomplete) ? status : fallback;
    }

    private IntakeResult Rejected(IntakeRequest request, IReadOnlyList<ApplicationProblem> problems)
    {
        LogRejected(request.Channel.ToString(), Codes(problems));
        return new IntakeResult { Problems = problems };
    }

    private static string Codes(IEnumerable<ApplicationProblem> problems) =>
        string.Join(",", problems.Select(p => p.Code).Distinct(StringComparer.Ordinal)) is { Length: > 0 } codes ? codes : "none";
}
