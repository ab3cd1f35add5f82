using System.Net.Http;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests;

public sealed class AzuriteFixtureTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Fixture_starts_a_private_Azurite_on_free_ports_not_the_default_ones()
    {
        Assert.DoesNotContain(azurite.BlobPort, new[] { 10000, 10001, 10002 });
        using var http = new HttpClient();
        using var response = await http.GetAsync(azurite.BlobEndpoint + "?comp=list");

        // Unsigned request: Azurite answers, and refuses it because the account needs a key.
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
