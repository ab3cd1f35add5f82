using System.Net;
using Bleiberecht.Functions.Api;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>Every endpoint × every role gets the status of <see cref="AuthorizationMatrix"/>; errors are problem+json.</summary>
public sealed class AuthorizationMatrixTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var role in AuthorizationMatrix.Roles)
            {
                data.Add(row.Key, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Endpoint_answers_each_role_with_the_expected_status(string endpoint, string role)
    {
        var host = fixture.Host;
        var row = AuthorizationMatrix.Rows.Single(r => r.Key == endpoint);
        using var request = row.Request(host.TokenFor(ApiWorld.Counsellor));
        using var response = await host.SendAsync(request, ApiWorld.ByRole(role));

        Assert.Equal(row.ExpectedFor(role), (int)response.StatusCode);
        if (response.StatusCode >= HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public void Matrix_and_access_table_list_the_same_endpoints()
    {
        var table = ApiAccess.All.Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal);
        var matrix = AuthorizationMatrix.Rows.Select(r => r.Key).Order(StringComparer.Ordinal);

        Assert.Equal(table, matrix);
    }

    [Fact]
    public void Every_endpoint_of_the_app_has_a_matrix_row()
    {
        var app = AppEndpoints.Api();
        var known = AuthorizationMatrix.Rows.Select(r => r.Key).Concat(AuthorizationMatrix.HostShellEndpoints).Concat(AuthorizationMatrix.FormEndpoints).ToHashSet(StringComparer.Ordinal);

        var withoutRow = app.Where(e => !known.Contains(e)).ToArray();
        var notMapped = AuthorizationMatrix.Rows.Select(r => r.Key).Where(k => !app.Contains(k)).ToArray();

        Assert.Empty(withoutRow);
        Assert.Empty(notMapped);
    }
}
