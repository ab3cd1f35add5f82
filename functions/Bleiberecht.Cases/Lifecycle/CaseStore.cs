using Bleiberecht.Cases.Audit;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Intake;
using Bleiberecht.Storage.Tables;
using Recommendation = Bleiberecht.Documents.Generated.Recommendation;

namespace Bleiberecht.Cases.Lifecycle;

/// <summary>The case rows of table <c>cases</c> (partition <c>{committee}|{year}</c>, row <c>case|{number}</c>) as <see cref="CaseSummary"/>.</summary>
public sealed class CaseStore(TableServiceClient tables, CommitteeCatalog committees)
{
    /// <summary>The table's name (shared with <see cref="CaseRegistry"/>).</summary>
    public const string TableName = "cases";

    private readonly LazyTable table = new(tables, TableName);

    /// <summary>The case, or null when the number is malformed, of no configured committee, or not registered.</summary>
    public async Task<CaseSummary?> GetAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        if (!CaseNumber.TryParse(caseNumber, out var number) || committees.FindByCaseNumber(caseNumber) is not { } committee)
        {
            return null;
        }

        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(
            CaseRegistry.PartitionKey(committee.Id, number.Value.Year), CaseRegistry.CaseRow(number.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToSummary(committee.Id, row.Value!) : null;
    }

    /// <summary>The cases of a committee received in <paramref name="year"/>, in number order.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string committeeId, int year, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CaseRegistry.PartitionKey(committeeId, year)} and RowKey ge {"case|"} and RowKey lt {"case}"}");
        var result = new List<CaseSummary>();
        await foreach (var row in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var summary = ToSummary(committeeId, row);
            if (organisationId is null || string.Equals(summary.OrganisationId, organisationId, StringComparison.Ordinal))
            {
                result.Add(summary);
            }
        }

        return result.OrderBy(s => s.CaseNumber, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Sets the lifecycle's fields of the case row (merge: the intake's fields stay); returns the summary.</summary>
    internal async Task<CaseSummary> SaveProgressAsync(CaseLifecycleInput input, CaseProgress progress, CancellationToken cancellationToken = default)
    {
        var number = CaseNumber.TryParse(input.CaseNumber, out var parsed) ? parsed.Value : throw new ArgumentException("Not a case number.", nameof(input));
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = CaseRegistry.PartitionKey(input.CommitteeId, number.Year);
        var rowKey = CaseRegistry.CaseRow(number);
        var entity = new TableEntity(partition, rowKey)
        {
            [CaseRowFields.Status] = progress.Status.ToString(),
            [CaseRowFields.Outcome] = progress.Outcome?.ToString() ?? "",
            [CaseRowFields.Urgent] = progress.Urgent,
            [CaseRowFields.SessionId] = progress.SessionId ?? "",
            [CaseRowFields.Deferrals] = progress.Deferrals,
            [CaseRowFields.MissingItems] = string.Join(',', progress.MissingItems),
            [CaseRowFields.Exclusions] = string.Join(',', progress.ExclusionFacts),
            [CaseRowFields.Recommendation] = progress.Recommendation?.ToString() ?? "",
            [CaseRowFields.Purged] = progress.Purged,
        };
        if (progress.ClosedAt is { } closedAt)
        {
            entity[CaseRowFields.ClosedAt] = closedAt;
        }

        if (progress.PurgeAt is { } purgeAt)
        {
            entity[CaseRowFields.PurgeAt] = purgeAt;
        }

        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        var row = await client.GetEntityAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ToSummary(input.CommitteeId, row.Value);
    }

    private static CaseSummary ToSummary(string committeeId, TableEntity row) => new()
    {
        CaseNumber = row.GetString("CaseNumber") ?? row.RowKey["case|".Length..],
        CommitteeId = committeeId,
        OrganisationId = row.GetString(CaseRowFields.Organisation) ?? row.GetString("Organisation") ?? "",
        CounsellorEmail = row.GetString(CaseRowFields.CounsellorEmail) ?? "",
        Channel = Enum.TryParse<IntakeChannel>(row.GetString(CaseRowFields.Channel), ignoreCase: true, out var channel) ? channel : IntakeChannel.Api,
        Status = Enum.TryParse<CaseStatus>(row.GetString(CaseRowFields.Status), out var status) ? status : CaseStatus.Received,
        Outcome = Enum.TryParse<CaseOutcome>(row.GetString(CaseRowFields.Outcome), out var outcome) ? outcome : null,
        ReceivedAt = row.GetDateTimeOffset(CaseRowFields.ReceivedAt) ?? row.Timestamp ?? DateTimeOffset.MinValue,
        ClosedAt = row.GetDateTimeOffset(CaseRowFields.ClosedAt),
        PurgeAt = row.GetDateTimeOffset(CaseRowFields.PurgeAt),
        Purged = row.GetBoolean(CaseRowFields.Purged) ?? false,
        Urgent = row.GetBoolean(CaseRowFields.Urgent) ?? false,
        SessionId = row.GetString(CaseRowFields.SessionId) is { Length: > 0 } session ? session : null,
        Deferrals = row.GetInt32(CaseRowFields.Deferrals) ?? 0,
        MissingItems = Split(row.GetString(CaseRowFields.MissingItems)),
        ExclusionFacts = Split(row.GetString(CaseRowFields.Exclusions)).Select(e => Enum.TryParse<ExclusionFact>(e, out var f) ? f : (ExclusionFact?)null).OfType<ExclusionFact>().ToArray(),
        Recommendation = Enum.TryParse<Recommendation>(row.GetString(CaseRowFields.Recommendation), out var recommendation) ? recommendation : null,
    };

    private static string[] Split(string? value) => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
}
