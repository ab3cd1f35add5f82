using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bleiberecht.Cases.Committees;

/// <summary>Reads and writes <see cref="TimeSpan"/> as an ISO 8601 duration (<c>"P14D"</c>).</summary>
internal sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return IsoDuration.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a duration like \"P14D\", \"P2W\" or \"PT12H\" (years and months are not allowed: write days).");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoDuration.Format(value));
}
