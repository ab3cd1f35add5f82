using System.Text.Json;

namespace Bleiberecht.Functions.Tests.Api;

/// <summary>A problem+json response body as a client reads it.</summary>
internal sealed record ProblemBody(JsonElement Root)
{
    public static async Task<ProblemBody> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new ProblemBody(document.RootElement.Clone());
    }

    public string Type => Root.GetProperty("type").GetString()!;

    public string Title => Root.GetProperty("title").GetString()!;

    public int Status => Root.GetProperty("status").GetInt32();

    public string Detail => Root.GetProperty("detail").GetString()!;

    public string Code => Root.GetProperty("code").GetString()!;

    /// <summary>The fields the <c>errors</c> member names.</summary>
    public IReadOnlyList<string> Fields => Root.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();

    public string FirstError(string field) => Root.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
