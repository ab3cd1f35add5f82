namespace Bleiberecht.Cases.Contracts;

/// <summary>
/// Anonymous statistics (table <c>statistics</c>, one row per case with status, outcome, reason codes, dates — no
/// personal data; kept after the purge).
/// </summary>
public interface IStatistics
{
    /// <summary>The figures of a committee's calendar year.</summary>
    Task<YearStatistics> GetAsync(string committeeId, int year, CancellationToken cancellationToken = default);
}
