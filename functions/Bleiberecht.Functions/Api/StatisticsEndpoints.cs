using Bleiberecht.Cases.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Bleiberecht.Functions.Api;

/// <summary><c>GET /api/committees/{c}/statistics/{year}</c>: the anonymous figures of a calendar year.</summary>
internal static class StatisticsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApi(ApiAccess.Statistics, GetAsync, "Statistik").Produces<YearStatistics>();

    private static async Task<IResult> GetAsync(string committee, int year, [FromServices] IStatistics statistics, CancellationToken cancellationToken) =>
        year is < 2000 or > 9999
            ? ApiProblems.Invalid("year", "Das Jahr muss vierstellig sein.", "The year must have four digits.")
            : Results.Ok(await statistics.GetAsync(committee, year, cancellationToken));
}
