using Bleiberecht.Cases.Audit;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Storage.Tables;

namespace Bleiberecht.Cases.Statistics;

/// <summary>
/// <see cref="IStatistics"/> on table <c>statistics</c>: partition <c>{committee}|{year}</c>, one row per case (row key =
/// case number) with status, outcome, exclusion codes, recommendation, deferrals and dates. The lifecycle writes the row
/// on every state change; the purge leaves it.
/// </summary>
public sealed class TableStatistics(TableServiceClient tables) : IStatistics
{
    /// <summary>The table's name.</summary>
    public const string TableName = "statistics";

    private readonly LazyTable table = new(tables, TableName);

    /// <summary>Writes (replaces) a case's row; idempotent.</summary>
    public async Task RecordAsync(CaseStatisticsRow row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new TableEntity(PartitionKey(row.CommitteeId, row.Year), row.CaseNumber)
        {
            ["Status"] = row.Status.ToString(),
            ["Outcome"] = row.Outcome?.ToString(),
            ["Exclusions"] = string.Join(',', row.ExclusionFacts),
            ["Recommendation"] = row.Recommendation?.ToString(),
            ["Deferrals"] = row.Deferrals,
            ["ReceivedAt"] = row.ReceivedAt,
            ["ClosedAt"] = row.ClosedAt,
        };
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<YearStatistics> GetAsync(string committeeId, int year, CancellationToken cancellationToken = default)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(committeeId, year)}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        var closed = rows.Where(r => r.GetString("Status") == nameof(CaseStatus.Closed)).ToArray();
        CaseOutcome? OutcomeOf(TableEntity r) => Enum.TryParse<CaseOutcome>(r.GetString("Outcome"), out var o) ? o : null;
        var notAdmissible = closed.Where(r => OutcomeOf(r) == CaseOutcome.NotAdmissible).ToArray();
        var assessed = closed.Where(r => OutcomeOf(r) == CaseOutcome.Assessed).ToArray();
        return new YearStatistics
        {
            CommitteeId = committeeId,
            Year = year,
            Submitted = rows.Count,
            Open = rows.Count - closed.Length,
            NotAdmissible = notAdmissible.Length,
            NotAdmissibleByReason = notAdmissible
                .SelectMany(r => (r.GetString("Exclusions") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                .GroupBy(code => code, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Incomplete = closed.Count(r => OutcomeOf(r) == CaseOutcome.Incomplete),
            Assessed = assessed.Length,
            AssessedByRecommendation = assessed
                .Select(r => r.GetString("Recommendation") ?? nameof(Recommendation))
                .GroupBy(code => code, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Deferrals = rows.Sum(r => r.GetInt32("Deferrals") ?? 0),
            Withdrawn = closed.Count(r => OutcomeOf(r) == CaseOutcome.Withdrawn),
            ConsentRevoked = closed.Count(r => OutcomeOf(r) == CaseOutcome.ConsentRevoked),
            MedianDaysToAssessment = Median(assessed.Select(DaysToClose)),
            MedianDaysToClose = Median(closed.Select(DaysToClose)),
        };
    }

    /// <summary>The median, or null for no values (the mean of the two middle values for an even count).</summary>
    internal static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double? DaysToClose(TableEntity row) =>
        row.GetDateTimeOffset("ReceivedAt") is { } received && row.GetDateTimeOffset("ClosedAt") is { } closed
            ? Math.Round((closed - received).TotalDays, 2)
            : null;

    internal static string PartitionKey(string committeeId, int year) => $"{committeeId}|{year:D4}";
}
