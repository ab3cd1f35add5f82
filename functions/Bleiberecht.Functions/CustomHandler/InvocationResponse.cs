using System.Text.Json.Serialization;

namespace Bleiberecht.Functions.CustomHandler;

/// <summary>
/// The answer to the Functions host: <c>Outputs</c> by output binding name, <c>Logs</c> shown in the invocation log
/// (Application Insights), <c>ReturnValue</c> for a <c>$return</c> binding. A non-2xx status fails the invocation.
/// </summary>
internal sealed record InvocationResponse
{
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; init; } = [];

    [JsonPropertyName("Logs")]
    public IReadOnlyList<string> Logs { get; init; } = [];

    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; init; }
}
