using System.Text.Json;

namespace Bleiberecht.Workflow;

/// <summary>Serializes inputs, outputs, event data and custom status (System.Text.Json).</summary>
internal sealed class DataConverter(JsonSerializerOptions options)
{
    public static DataConverter Default { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public JsonSerializerOptions Options { get; } = options;

    public string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    public object? Deserialize(string? data, Type type) =>
        data is null ? (type.IsValueType ? Activator.CreateInstance(type) : null) : JsonSerializer.Deserialize(data, type, Options);

    public T? Deserialize<T>(string? data) => data is null ? default : JsonSerializer.Deserialize<T>(data, Options);
}
