using System.Net;
using Bleiberecht.Functions.Tests.Api;

namespace Bleiberecht.Functions.Tests.Auth;

/// <summary>A member acts only during the term (config: 2025-11-01 to 2030-10-31, Europe/Berlin).</summary>
public sealed class MemberTermTests
{
    [Theory]
    [InlineData("2030-10-31T22:59:00Z", HttpStatusCode.OK)]
    [InlineData("2030-10-31T23:00:00Z", HttpStatusCode.Forbidden)]
    [InlineData("2025-10-31T22:59:00Z", HttpStatusCode.Forbidden)]
    [InlineData("2025-10-31T23:00:00Z", HttpStatusCode.OK)]
    public async Task Member_outside_the_term_in_the_committee_time_zone_gets_403(string now, HttpStatusCode expected)
    {
        await using var host = await ApiHost.StartAsync(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        using var response = await host.GetAsync("/api/sessions/BF-S-2026-04", ApiWorld.Member);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(["member"], (await ProblemBody.ReadAsync(response)).Fields);
        }
    }
}
