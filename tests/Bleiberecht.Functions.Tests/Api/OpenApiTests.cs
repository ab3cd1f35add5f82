using System.Net;
using System.Text.Json;
using Bleiberecht.Functions.Api;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>The OpenAPI document at /api/openapi/v1.json lists every endpoint with its problem responses.</summary>
public sealed class OpenApiTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    [Fact]
    public async Task Document_lists_every_endpoint_of_the_access_table_with_its_problem_responses()
    {
        using var response = await fixture.Host.GetAsync("/api/openapi/v1.json", actor: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        var missing = new List<string>();
        var withoutProblems = new List<string>();
        foreach (var route in ApiAccess.All.Where(r => r != ApiAccess.OpenApi))
        {
            var path = route.Pattern.Replace("{**", "{", StringComparison.Ordinal);
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(route.Method.ToLowerInvariant(), out var operation))
            {
                missing.Add($"{route.Method} {path}");
                continue;
            }

            var responses = operation.GetProperty("responses");
            string[] problems = route.Anonymous ? ["400", "404"] : ["400", "401", "403", "404"];
            if (problems.Any(s => !responses.TryGetProperty(s, out var r) || !r.GetProperty("content").TryGetProperty("application/problem+json", out _)))
            {
                withoutProblems.Add($"{route.Method} {path}");
            }

            Assert.Equal(route.Name, operation.GetProperty("operationId").GetString());
        }

        Assert.Empty(missing);
        Assert.Empty(withoutProblems);
        Assert.Equal("Bleiberecht Functions API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Document_describes_the_multipart_submission_and_the_422_problem()
    {
        using var response = await fixture.Host.GetAsync("/api/openapi/v1.json", actor: null);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var submit = document.RootElement.GetProperty("paths").GetProperty("/api/committees/{committee}/cases").GetProperty("post");

        Assert.True(submit.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("201", out _));
    }
}
