using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bleiberecht.Functions.Tests.Workflow;

/// <summary>Starts and reads the probe orchestration through its HTTP endpoints.</summary>
internal static class WorkflowProbe
{
    public static async Task<string> StartAsync(HttpClient http, string text, Func<string> diagnostics)
    {
        using var response = await http.PostAsync(new Uri("api/probe/workflow?text=" + Uri.EscapeDataString(text), UriKind.Relative), null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}" + Environment.NewLine + diagnostics());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("instanceId").GetString()!;
    }

    public static async Task<(string Status, string? Output)> GetAsync(HttpClient http, string id)
    {
        using var response = await http.GetAsync(new Uri("api/probe/workflow/" + id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var output = body.GetProperty("output");
        return (body.GetProperty("status").GetString()!, output.ValueKind == JsonValueKind.Null ? null : output.GetString());
    }
}
