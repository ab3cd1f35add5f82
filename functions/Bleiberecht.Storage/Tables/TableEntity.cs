using System.Collections;
using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>
/// A dynamic entity: a dictionary of property names to typed values (string, int, long, double, bool,
/// DateTimeOffset, Guid, byte[]), plus the system properties (mirrors Azure.Data.Tables.TableEntity).
/// </summary>
public sealed class TableEntity : IDictionary<string, object?>, ITableEntity
{
    private readonly Dictionary<string, object?> properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            this[key] = value;
        }
    }

    public string PartitionKey
    {
        get => GetString(nameof(PartitionKey)) ?? string.Empty;
        set => properties[nameof(PartitionKey)] = value;
    }

    public string RowKey
    {
        get => GetString(nameof(RowKey)) ?? string.Empty;
        set => properties[nameof(RowKey)] = value;
    }

    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(nameof(Timestamp));
        set => properties[nameof(Timestamp)] = value;
    }

    public ETag ETag
    {
        get => properties.TryGetValue(TableConstants.ETagKey, out var value) && value is string s ? new ETag(s) : default;
        set => properties[TableConstants.ETagKey] = value.ToString();
    }

    public ICollection<string> Keys => properties.Keys;

    public ICollection<object?> Values => properties.Values;

    public int Count => properties.Count;

    public bool IsReadOnly => false;

    public object? this[string key]
    {
        get => properties.TryGetValue(key, out var value) ? value : null;
        set => properties[key] = value;
    }

    public string? GetString(string key) => Get<string>(key);

    public int? GetInt32(string key) => Get<int?>(key);

    public long? GetInt64(string key) => properties.TryGetValue(key, out var value) && value is int i ? i : Get<long?>(key);

    public double? GetDouble(string key) => properties.TryGetValue(key, out var value) && value is int i ? i : Get<double?>(key);

    public bool? GetBoolean(string key) => Get<bool?>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) =>
        properties.TryGetValue(key, out var value) && value is DateTime d ? new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)) : Get<DateTimeOffset?>(key);

    public Guid? GetGuid(string key) => Get<Guid?>(key);

    public BinaryData? GetBinaryData(string key) =>
        properties.TryGetValue(key, out var value) && value is byte[] bytes ? new BinaryData(bytes) : Get<BinaryData>(key);

    public byte[]? GetBinary(string key) =>
        properties.TryGetValue(key, out var value) && value is BinaryData data ? data.ToArray() : Get<byte[]>(key);

    public void Add(string key, object? value) => properties.Add(key, value);

    public bool ContainsKey(string key) => properties.ContainsKey(key);

    public bool Remove(string key) => properties.Remove(key);

    public bool TryGetValue(string key, out object? value) => properties.TryGetValue(key, out value);

    public void Add(KeyValuePair<string, object?> item) => properties.Add(item.Key, item.Value);

    public void Clear() => properties.Clear();

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private T? Get<T>(string key)
    {
        if (!properties.TryGetValue(key, out var value) || value is null)
        {
            return default;
        }

        return value is T typed
            ? typed
            : throw new InvalidOperationException($"Property '{key}' holds a {value.GetType().Name}, not a {typeof(T).Name}.");
    }
}
