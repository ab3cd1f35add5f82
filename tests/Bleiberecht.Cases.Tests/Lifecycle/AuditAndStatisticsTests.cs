using Bleiberecht.Cases.Audit;
using Bleiberecht.Cases.Contracts;
using Bleiberecht.Cases.Lifecycle;
using Bleiberecht.Cases.Statistics;
using Bleiberecht.Documents.Generated;
using Bleiberecht.Storage;
using Bleiberecht.Testing;
using Bleiberecht.Workflow.Analysis;

namespace Bleiberecht.Cases.Tests.Lifecycle;

public sealed class AuditAndStatisticsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Audit_entry_appended_twice_with_its_id_is_one_line_and_lines_come_oldest_first()
    {
        var audit = new TableAuditTrail(StorageAccount.FromConnectionString(azurite.ConnectionString).CreateTableServiceClient());
        var subject = "BF-2026-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var later = new AuditEntry(subject, Day0.AddHours(2), ActorRole.Counsellor, "fluechtlingsberatung@awo.dortmund.example", "case.withdrawn", "reason given");
        var earlier = new AuditEntry(subject, Day0, ActorRole.System, "system", "case.read", "complete");

        await audit.AppendAsync(later, "002-case.withdrawn");
        await audit.AppendAsync(earlier, "001-case.read");
        await audit.AppendAsync(later, "002-case.withdrawn");
        await audit.AppendAsync(earlier with { Subject = subject + "X" }, "001-case.read");

        var lines = await audit.ListAsync(subject);
        Assert.Equal([earlier, later], lines);
    }

    [Fact]
    public async Task Year_statistics_count_outcomes_reasons_recommendations_deferrals_and_medians()
    {
        var statistics = new TableStatistics(StorageAccount.FromConnectionString(azurite.ConnectionString).CreateTableServiceClient());
        var committee = "stats" + Guid.NewGuid().ToString("N")[..8];
        var n = 0;
        Task Row(CaseStatus status, CaseOutcome? outcome, int? closedAfterDays, int deferrals = 0, Recommendation? recommendation = null, params ExclusionFact[] facts) =>
            statistics.RecordAsync(new CaseStatisticsRow(
                committee, 2026, $"ST-2026-{++n:D4}", status, outcome, facts, recommendation, deferrals, Day0, closedAfterDays is { } d ? Day0.AddDays(d) : null));

        await Row(CaseStatus.Closed, CaseOutcome.Assessed, 30, deferrals: 1, Recommendation.HardshipRequest);
        await Row(CaseStatus.Closed, CaseOutcome.Assessed, 50, recommendation: Recommendation.NoHardshipRequest);
        await Row(CaseStatus.Closed, CaseOutcome.NotAdmissible, 2, 0, null, ExclusionFact.CourtProcedurePending, ExclusionFact.AsylumApplication);
        await Row(CaseStatus.Closed, CaseOutcome.Incomplete, 21);
        await Row(CaseStatus.Waiting, null, null, deferrals: 2);
        await Row(CaseStatus.Closed, CaseOutcome.Withdrawn, 10);
        await Row(CaseStatus.Closed, CaseOutcome.ConsentRevoked, 5);

        var year = await statistics.GetAsync(committee, 2026);

        Assert.Equal((7, 1, 2, 1, 1, 1, 1, 3), (year.Submitted, year.Open, year.Assessed, year.NotAdmissible, year.Incomplete, year.Withdrawn, year.ConsentRevoked, year.Deferrals));
        Assert.Equal(new Dictionary<string, int> { ["HardshipRequest"] = 1, ["NoHardshipRequest"] = 1 }, year.AssessedByRecommendation);
        Assert.Equal(new Dictionary<string, int> { ["CourtProcedurePending"] = 1, ["AsylumApplication"] = 1 }, year.NotAdmissibleByReason);
        Assert.Equal(40, year.MedianDaysToAssessment);
        Assert.Equal(15.5, year.MedianDaysToClose);

        var empty = await statistics.GetAsync(committee, 2025);
        Assert.Equal(0, empty.Submitted);
        Assert.Null(empty.MedianDaysToClose);
    }

    [Fact]
    public void Case_orchestrator_uses_no_clock_guid_randomness_or_delay()
    {
        Assert.Empty(OrchestratorCodeScanner.FindBannedCalls(typeof(CaseLifecycleWorkflows).Assembly));
    }
}
