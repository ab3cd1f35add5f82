using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>
/// Entities to and from the Table service's JSON (minimal metadata): Int64, Double, DateTime, Guid and Binary
/// values carry an <c>@odata.type</c> annotation so every type round-trips, also with the official SDKs.
/// </summary>
internal static class TableEntitySerializer
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Umlauts and other non-ASCII text go out as UTF-8, not as \u escapes (the body is not embedded in HTML).</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(ITableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, entity);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the entity as one JSON object, after checking keys and the 1 MiB entity limit.</summary>
    public static void Write(Utf8JsonWriter writer, ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        CheckKey(entity.PartitionKey, nameof(ITableEntity.PartitionKey));
        CheckKey(entity.RowKey, nameof(ITableEntity.RowKey));
        long size = 4 + (2L * entity.PartitionKey.Length) + (2L * entity.RowKey.Length);
        var count = 0;
        writer.WriteStartObject();
        writer.WriteString(nameof(ITableEntity.PartitionKey), entity.PartitionKey);
        writer.WriteString(nameof(ITableEntity.RowKey), entity.RowKey);
        foreach (var (name, value) in Properties(entity))
        {
            if (value is null || name is nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            size += 8 + (2L * name.Length) + WriteValue(writer, name, value);
            if (++count > 252)
            {
                throw new ArgumentException("An entity may have at most 252 properties besides PartitionKey, RowKey and Timestamp.", nameof(entity));
            }
        }

        writer.WriteEndObject();
        if (size > TableConstants.MaxEntityBytes)
        {
            throw new ArgumentException($"The entity is about {size / 1024} KiB; table storage accepts at most 1 MiB per entity. Store large content in a blob.", nameof(entity));
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> Properties(ITableEntity entity)
    {
        if (entity is IDictionary<string, object?> dictionary)
        {
            return dictionary;
        }

        return TablePropertyAccessor.For(entity.GetType()).Select(p => new KeyValuePair<string, object?>(p.Name, p.Get(entity)));
    }

    private static void CheckKey(string? key, string name)
    {
        if (key is null)
        {
            throw new ArgumentException($"The entity's {name} is null.", name);
        }

        if (key.Length > 512)
        {
            throw new ArgumentException($"The entity's {name} is longer than 1 KiB.", name);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException($"The entity's {name} contains a character table storage does not allow in keys ('/', '\\', '#', '?' or a control character).", name);
            }
        }
    }

    /// <summary>Writes one property (with its type annotation when needed); returns its size as the service counts it.</summary>
    private static long WriteValue(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                return 4 + (2L * s.Length);
            case int i:
                writer.WriteNumber(name, i);
                return 4;
            case long l:
                Annotate(writer, name, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                return 8;
            case double d:
                Annotate(writer, name, "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                return 8;
            case bool b:
                writer.WriteBoolean(name, b);
                return 1;
            case DateTimeOffset dto:
                Annotate(writer, name, "Edm.DateTime");
                writer.WriteString(name, dto.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture));
                return 8;
            case DateTime dt:
                Annotate(writer, name, "Edm.DateTime");
                writer.WriteString(name, (dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : dt).ToString(DateFormat, CultureInfo.InvariantCulture));
                return 8;
            case Guid g:
                Annotate(writer, name, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                return 16;
            case byte[] bytes:
                Annotate(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                return 4 + bytes.Length;
            case BinaryData data:
                Annotate(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, data.ToMemory().Span);
                return 4 + data.ToMemory().Length;
            case Enum e:
                var text = e.ToString();
                writer.WriteString(name, text);
                return 4 + (2L * text.Length);
            default:
                throw new NotSupportedException($"Property '{name}' is a {value.GetType().Name}; table storage holds string, int, long, double, bool, DateTimeOffset, DateTime, Guid, byte[] and BinaryData.");
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string type) => writer.WriteString(name + "@odata.type", type);

    public static T Deserialize<T>(JsonElement element)
        where T : class, ITableEntity, new()
    {
        var entity = new T();
        Dictionary<string, string>? annotations = null;
        foreach (var property in element.EnumerateObject())
        {
            var at = property.Name.IndexOf("@odata.type", StringComparison.Ordinal);
            if (at > 0 && property.Value.ValueKind == JsonValueKind.String)
            {
                (annotations ??= new(StringComparer.Ordinal))[property.Name[..at]] = property.Value.GetString()!;
            }
        }

        var dictionary = entity as IDictionary<string, object?>;
        var accessors = dictionary is null ? TablePropertyAccessor.For(typeof(T)) : null;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name == TableConstants.ETagKey)
            {
                entity.ETag = new ETag(property.Value.GetString()!);
                continue;
            }

            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            string? type = null;
            annotations?.TryGetValue(name, out type);
            var value = ReadValue(property.Value, type);
            if (name == nameof(ITableEntity.Timestamp))
            {
                entity.Timestamp = value switch
                {
                    DateTimeOffset timestamp => timestamp,
                    string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                    _ => null,
                };
                continue;
            }

            if (dictionary is not null)
            {
                dictionary[name] = value;
                continue;
            }

            if (name == nameof(ITableEntity.PartitionKey))
            {
                entity.PartitionKey = (string)value!;
            }
            else if (name == nameof(ITableEntity.RowKey))
            {
                entity.RowKey = (string)value!;
            }
            else if (Array.Find(accessors!, a => a.Name == name) is { } accessor)
            {
                accessor.Set(entity, Convert(value, accessor.Type, name));
            }
        }

        return entity;
    }

    private static object? ReadValue(JsonElement value, string? type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case "Edm.Int64":
                return value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64();
            case "Edm.Int32":
                return value.ValueKind == JsonValueKind.String ? int.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt32();
            case "Edm.Double":
                return value.ValueKind == JsonValueKind.String ? ParseDouble(value.GetString()!) : value.GetDouble();
            case "Edm.DateTime":
                return DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            case "Edm.Guid":
                return Guid.Parse(value.GetString()!);
            case "Edm.Binary":
                return value.GetBytesFromBase64();
            case "Edm.Boolean":
                return value.GetBoolean();
            default:
                break;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                var raw = value.GetRawText();
                if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt32(out var i))
                {
                    return i;
                }

                return value.GetDouble();
            default:
                return value.GetRawText();
        }
    }

    private static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "INF" => double.PositiveInfinity,
        "-Infinity" or "-INF" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static object? Convert(object? value, Type target, string name)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        switch (value)
        {
            case null:
                return null;
            case var _ when type.IsInstanceOfType(value):
                return value;
            case string s when type.IsEnum:
                return Enum.Parse(type, s);
            case string s when type == typeof(Guid):
                return Guid.Parse(s);
            case int or long or double when type == typeof(int) || type == typeof(long) || type == typeof(double):
                return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            case DateTimeOffset dto when type == typeof(DateTime):
                return dto.UtcDateTime;
            case byte[] bytes when type == typeof(BinaryData):
                return new BinaryData(bytes);
            default:
                throw new InvalidOperationException($"Property '{name}' holds a {value.GetType().Name}, which does not fit the {type.Name} property of the entity class.");
        }
    }
}
