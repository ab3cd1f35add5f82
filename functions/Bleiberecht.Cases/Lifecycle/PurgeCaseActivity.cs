using Bleiberecht.Cases.Contracts;
using Bleiberecht.Workflow;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>Deletes every document of the case (submissions, application data, letters, dossiers); idempotent.</summary>
internal sealed class PurgeCaseActivity(IDocumentStore documents, ILogger<PurgeCaseActivity> logger) : TaskActivity<CaseLifecycleInput, int>
{
    public const string Name = "CaseLifecycle.Purge";

    public override async Task<int> RunAsync(TaskActivityContext context, CaseLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var count = await documents.DeleteCaseDocumentsAsync(input.CaseNumber, context.CancellationToken).ConfigureAwait(false);
        CaseLifecycleLog.Purged(logger, input.CaseNumber, count);
        return count;
    }
}
