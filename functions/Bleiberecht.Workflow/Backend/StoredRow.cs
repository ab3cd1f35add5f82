namespace Bleiberecht.Workflow.Backend;

/// <summary>One table row as the runtime sees it (values: string, int, long, bool, DateTimeOffset, byte[]).</summary>
internal sealed record StoredRow(string PartitionKey, string RowKey, IReadOnlyDictionary<string, object?> Properties, string ETag)
{
    public string? GetString(string name) => Properties.TryGetValue(name, out var v) ? v as string : null;

    public byte[]? GetBinary(string name) => Properties.TryGetValue(name, out var v) ? v as byte[] : null;

    public long GetInt64(string name) => Properties.TryGetValue(name, out var v) ? v switch
    {
        long l => l,
        int i => i,
        string s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
        _ => 0,
    } : 0;

    public DateTimeOffset? GetDateTimeOffset(string name) => Properties.TryGetValue(name, out var v) ? v switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => null,
    } : null;
}
