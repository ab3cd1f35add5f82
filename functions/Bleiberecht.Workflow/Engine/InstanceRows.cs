using System.Globalization;
using System.Text;
using System.Text.Json;
using Bleiberecht.Workflow.Backend;
using Bleiberecht.Workflow.History;

namespace Bleiberecht.Workflow.Engine;

/// <summary>
/// The row layout of an instance partition (PartitionKey = instance id):
/// <c>state</c> (status, input, output, …), <c>h-{executionId}-{sequence:D6}-{part:D2}</c> (the history events of one step),
/// <c>o-{sequence:D6}-{part:D2}</c> (outbox: messages committed with a step, deleted once sent).
/// Large JSON is stored UTF-8 in binary properties <c>D0</c>…<c>D14</c> of at most 60,000 bytes each.
/// </summary>
internal static class InstanceRows
{
    public const string StateRowKey = "state";
    public const string OutboxPrefix = "o-";
    public const int ChunkBytes = 60_000;
    public const int ChunksPerRow = 15;

    private static readonly JsonSerializerOptions Json = MessageCodec.Json;

    public static string HistoryPrefix(string executionId) => $"h-{executionId}-";

    public static Dictionary<string, object?> StateProperties(InstanceState s) => new()
    {
        ["Name"] = s.Name,
        ["Status"] = s.Status.ToString(),
        ["ExecutionId"] = s.ExecutionId,
        ["Input"] = Utf8(s.Input),
        ["Output"] = Utf8(s.Output),
        ["CustomStatus"] = Utf8(s.CustomStatus),
        ["Failure"] = s.Failure is null ? null : JsonSerializer.Serialize(s.Failure, Json),
        ["CreatedAt"] = s.CreatedAt,
        ["LastUpdatedAt"] = s.LastUpdatedAt,
        ["ScheduledStartTime"] = s.ScheduledStartTime,
        ["NextHistorySequence"] = s.NextHistorySequence,
        ["HistoryEventCount"] = s.HistoryEventCount,
        ["RecentMessageIds"] = s.RecentMessageIds.Count == 0 ? null : string.Join(',', s.RecentMessageIds),
    };

    public static InstanceState ReadState(StoredRow row) => new()
    {
        InstanceId = row.PartitionKey,
        Name = row.GetString("Name") ?? "",
        Status = Enum.Parse<OrchestrationRuntimeStatus>(row.GetString("Status") ?? nameof(OrchestrationRuntimeStatus.Pending)),
        ExecutionId = row.GetString("ExecutionId") ?? "",
        Input = FromUtf8(row.GetBinary("Input")),
        Output = FromUtf8(row.GetBinary("Output")),
        CustomStatus = FromUtf8(row.GetBinary("CustomStatus")),
        Failure = row.GetString("Failure") is { } failure ? JsonSerializer.Deserialize<TaskFailureDetails>(failure, Json) : null,
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? default,
        LastUpdatedAt = row.GetDateTimeOffset("LastUpdatedAt") ?? default,
        ScheduledStartTime = row.GetDateTimeOffset("ScheduledStartTime"),
        NextHistorySequence = row.GetInt64("NextHistorySequence"),
        HistoryEventCount = (int)row.GetInt64("HistoryEventCount"),
        RecentMessageIds = row.GetString("RecentMessageIds") is { Length: > 0 } ids ? ids.Split(',') : [],
        ETag = row.ETag,
    };

    public static bool MatchesFilter(StoredRow row, InstanceFilter filter)
    {
        var created = row.GetDateTimeOffset("CreatedAt");
        if (filter.CreatedFrom is { } from && created < from)
        {
            return false;
        }

        if (filter.CreatedTo is { } to && created > to)
        {
            return false;
        }

        return filter.Statuses is not { Count: > 0 } statuses
            || (Enum.TryParse<OrchestrationRuntimeStatus>(row.GetString("Status"), out var status) && statuses.Contains(status));
    }

    /// <summary>Rows holding <paramref name="json"/> (a JSON array), split in parts of at most 15 chunks.</summary>
    public static IEnumerable<(string RowKey, Dictionary<string, object?> Properties)> ChunkedRows(string rowKeyStem, string json, string kind)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var perRow = ChunkBytes * ChunksPerRow;
        var part = 0;
        for (var offset = 0; offset < bytes.Length || part == 0; offset += perRow, part++)
        {
            var rowBytes = bytes.AsSpan(offset, Math.Min(perRow, bytes.Length - offset));
            var properties = new Dictionary<string, object?> { ["Kind"] = kind, ["Parts"] = (int)Math.Ceiling(bytes.Length / (double)perRow) };
            for (int i = 0, chunkOffset = 0; chunkOffset < rowBytes.Length; i++, chunkOffset += ChunkBytes)
            {
                properties["D" + i.ToString(CultureInfo.InvariantCulture)] = rowBytes.Slice(chunkOffset, Math.Min(ChunkBytes, rowBytes.Length - chunkOffset)).ToArray();
            }

            yield return ($"{rowKeyStem}-{part:D2}", properties);
            if (bytes.Length == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Joins the chunks of consecutive rows of one stem back into text.</summary>
    public static string ReadChunks(IEnumerable<StoredRow> rows)
    {
        using var buffer = new MemoryStream();
        foreach (var row in rows)
        {
            for (var i = 0; i < ChunksPerRow; i++)
            {
                if (row.GetBinary("D" + i.ToString(CultureInfo.InvariantCulture)) is not { } chunk)
                {
                    break;
                }

                buffer.Write(chunk);
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string HistoryStem(string executionId, long sequence) => $"h-{executionId}-{sequence:D6}";

    public static string OutboxStem(long sequence) => $"{OutboxPrefix}{sequence:D6}";

    /// <summary>Groups rows by stem (row key without the part suffix), in row key order.</summary>
    public static IEnumerable<IGrouping<string, StoredRow>> ByStem(IEnumerable<StoredRow> rows) =>
        rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).GroupBy(r => r.RowKey[..r.RowKey.LastIndexOf('-')], StringComparer.Ordinal);

    public static List<HistoryEvent> ReadHistory(IEnumerable<StoredRow> historyRows)
    {
        var events = new List<HistoryEvent>();
        foreach (var stem in ByStem(historyRows))
        {
            events.AddRange(JsonSerializer.Deserialize<HistoryEvent[]>(ReadChunks(stem), Json) ?? []);
        }

        return events;
    }

    public static string SerializeEvents(IReadOnlyList<HistoryEvent> events) => JsonSerializer.Serialize(events, Json);

    public static string SerializeOutbox(IReadOnlyList<OutboxMessage> messages) => JsonSerializer.Serialize(messages, Json);

    public static OutboxMessage[] ReadOutbox(IEnumerable<StoredRow> rows) => JsonSerializer.Deserialize<OutboxMessage[]>(ReadChunks(rows), Json) ?? [];

    private static byte[]? Utf8(string? text) => text is null ? null : Encoding.UTF8.GetBytes(text);

    private static string? FromUtf8(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
