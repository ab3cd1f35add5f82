using Bleiberecht.Cases.Contracts;
using Bleiberecht.Documents.Generated;

namespace Bleiberecht.Cases.Statistics;

/// <summary>One case as the statistics count it: codes and dates only, no personal data; kept after the purge.</summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="Year">The calendar year of receipt (the case number's year).</param>
/// <param name="CaseNumber">The case number (row key; a pseudonym).</param>
/// <param name="Status">Where the case stands.</param>
/// <param name="Outcome">How it ended (closed cases).</param>
/// <param name="ExclusionFacts">Why not admissible.</param>
/// <param name="Recommendation">The assessment's category (assessed cases).</param>
/// <param name="Deferrals">How often deferred.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="ClosedAt">When it was closed.</param>
public sealed record CaseStatisticsRow(
    string CommitteeId,
    int Year,
    string CaseNumber,
    CaseStatus Status,
    CaseOutcome? Outcome,
    IReadOnlyList<ExclusionFact> ExclusionFacts,
    Recommendation? Recommendation,
    int Deferrals,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ClosedAt);
