using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Functions.Tests.Api.Fakes;

/// <summary>Fixed figures per committee and year.</summary>
internal sealed class FakeStatistics : IStatistics
{
    public Task<YearStatistics> GetAsync(string committeeId, int year, CancellationToken cancellationToken = default) =>
        Task.FromResult(new YearStatistics { CommitteeId = committeeId, Year = year, Submitted = 3, Assessed = 1, Open = 2 });
}
