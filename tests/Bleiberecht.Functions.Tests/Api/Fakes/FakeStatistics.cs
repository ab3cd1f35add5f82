using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>Fixed figures per committee and year; the year <see cref="BrokenYear"/> fails like a storage outage.</summary>
internal sealed class FakeStatistics : IStatistics
{
    public const int BrokenYear = 2099;

    public Task<YearStatistics> GetAsync(string committeeId, int year, CancellationToken cancellationToken = default) =>
        year == BrokenYear
            ? throw new InvalidOperationException("statistics table unavailable: secret-detail")
            : Task.FromResult(new YearStatistics { CommitteeId = committeeId, Year = year, Submitted = 3, Assessed = 1, Open = 2 });
}
