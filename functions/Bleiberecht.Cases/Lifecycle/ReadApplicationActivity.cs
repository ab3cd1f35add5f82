using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Application;
using Bleiberecht.Workflow;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>
/// Reads every submitted PDF of the case together (<see cref="SubmissionReader"/>), stores the result as the case's
/// application data and answers codes and flags only. Idempotent: a repeat reads and overwrites the same blob.
/// </summary>
internal sealed class ReadApplicationActivity(IDocumentStore documents, CommitteeCatalog committees, TimeProvider timeProvider)
    : TaskActivity<CaseLifecycleInput, ApplicationCheck>
{
    public const string Name = "CaseLifecycle.ReadApplication";

    public override async Task<ApplicationCheck> RunAsync(TaskActivityContext context, CaseLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = context.CancellationToken;
        var committee = committees.Get(input.CommitteeId);
        var files = new List<SubmissionFile>();
        foreach (var document in (await documents.ListForCaseAsync(input.CaseNumber, cancellationToken).ConfigureAwait(false))
                 .Where(d => d.Kind == StoredDocumentKind.Submission))
        {
            if (await documents.OpenAsync(document.Id, cancellationToken).ConfigureAwait(false) is { } opened)
            {
                files.Add(new SubmissionFile(document.FileName, opened.Content.ToArray()));
            }
        }

        var read = SubmissionReader.Read(files, new SubmissionReadOptions { TimeProvider = timeProvider });
        await new ApplicationDataStore(documents)
            .SaveAsync(input.CaseNumber, new StoredApplication(read.Record, read.Problems, timeProvider.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        return Check(read, committee.Cases);
    }

    internal static ApplicationCheck Check(ApplicationReadResult read, CaseRules rules)
    {
        var missing = read.Problems.Where(p => !p.IsWarning).Select(p => p.Field is null ? p.Code : $"{p.Code}:{p.Field}").ToList();
        if (!read.HasConsent)
        {
            missing.Insert(0, "consent-missing");
        }

        var record = read.Record;
        var exclusions = new List<ExclusionFact>();
        if (record.OtherAuthorityCompetent == true)
        {
            exclusions.Add(ExclusionFact.OtherAuthorityCompetent);
        }

        if (record.CourtProcedurePending == true)
        {
            exclusions.Add(ExclusionFact.CourtProcedurePending);
        }

        if (record.AsylumApplication == true)
        {
            exclusions.Add(ExclusionFact.AsylumApplication);
        }

        return new ApplicationCheck(
            read.IsComplete && read.HasConsent,
            read.HasConsent,
            missing.Distinct(StringComparer.Ordinal).ToArray(),
            exclusions,
            record.Urgent == true || record.DeportationDateFixed == true,
            new CaseLifecyclePeriods(rules.ReminderAfter, rules.IncompleteAfter, rules.RetentionAfterClosing));
    }
}
