using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bleiberecht.Functions.CustomHandler;

/// <summary>
/// The body the Functions host posts to <c>/{FunctionName}</c>: <c>Data</c> holds the trigger and input bindings by
/// binding name, <c>Metadata</c> the trigger metadata (queue: <c>Id</c>, <c>DequeueCount</c>, ...; <c>sys</c>: <c>MethodName</c>, <c>UtcNow</c>).
/// </summary>
internal sealed record InvocationRequest
{
    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement>? Data { get; init; }

    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}
