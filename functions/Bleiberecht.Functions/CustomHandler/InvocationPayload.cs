using System.Globalization;
using System.Text.Json;
using Bleiberecht.Functions.Hosting;

namespace Bleiberecht.Functions.CustomHandler;

/// <summary>Turns a custom-handler <see cref="InvocationRequest"/> into the invocation record a function receives.</summary>
internal static class InvocationPayload
{
    /// <summary>
    /// The queue message. The host sends the text as a JSON string (<c>"text"</c>; JSON messages arrive quoted, e.g.
    /// <c>"{\"a\":1}"</c>) or, for JSON messages, as the JSON value itself; a string that is itself a quoted JSON
    /// string (double-encoded) is unwrapped once.
    /// </summary>
    public static QueueInvocation ToQueueInvocation(FunctionDefinition function, InvocationRequest request, DateTimeOffset now)
    {
        var data = TriggerValue(function, request) ?? throw new InvocationPayloadException($"Data has no '{function.BindingName}' member");
        var text = data.ValueKind switch
        {
            JsonValueKind.String => Unquote(data.GetString()!),
            JsonValueKind.Null or JsonValueKind.Undefined => throw new InvocationPayloadException("the queue message is null"),
            _ => data.GetRawText(),
        };
        var metadata = request.Metadata ?? [];
        return new QueueInvocation(
            function.Name,
            function.Queue!,
            String(metadata, "Id") ?? "unknown",
            text,
            Long(metadata, "DequeueCount") ?? 1,
            Time(metadata, "InsertionTime") ?? now);
    }

    /// <summary>The new blob: from <c>Metadata.BlobTrigger</c> (<c>container/name</c>), else <c>Metadata.name</c> in the function's container.</summary>
    public static BlobInvocation ToBlobInvocation(FunctionDefinition function, InvocationRequest request)
    {
        var metadata = request.Metadata ?? [];
        var (container, name) = (function.Container!, String(metadata, "name"));
        if (String(metadata, "BlobTrigger") is { } path && path.IndexOf('/', StringComparison.Ordinal) is var slash and > 0)
        {
            (container, name) = (path[..slash], path[(slash + 1)..]);
        }

        if (string.IsNullOrEmpty(name))
        {
            throw new InvocationPayloadException("Metadata names no blob (BlobTrigger or name)");
        }

        string? eTag = null;
        long? length = null;
        if (metadata.TryGetValue("Properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            eTag = properties.TryGetProperty("ETag", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            length = properties.TryGetProperty("ContentLength", out var l) && l.TryGetInt64(out var n) ? n
                : properties.TryGetProperty("Length", out l) && l.TryGetInt64(out n) ? n : null;
        }

        return new BlobInvocation(function.Name, container, name, eTag, length);
    }

    /// <summary>The timer tick: <c>Data.timer.ScheduleStatus</c> (<c>Last</c>, <c>Next</c>) and <c>IsPastDue</c>; <c>sys.UtcNow</c> when the status is missing.</summary>
    public static TimerInvocation ToTimerInvocation(FunctionDefinition function, InvocationRequest request, DateTimeOffset now)
    {
        var pastDue = false;
        DateTimeOffset? next = null;
        if (TriggerValue(function, request) is { ValueKind: JsonValueKind.Object } timer)
        {
            pastDue = timer.TryGetProperty("IsPastDue", out var p) && p.ValueKind == JsonValueKind.True;
            if (timer.TryGetProperty("ScheduleStatus", out var status) && status.ValueKind == JsonValueKind.Object)
            {
                next = status.TryGetProperty("Next", out var n) ? ParseTime(n) : null;
            }
        }

        var metadata = request.Metadata ?? [];
        var scheduledFor = metadata.TryGetValue("sys", out var sys) && sys.ValueKind == JsonValueKind.Object && sys.TryGetProperty("UtcNow", out var u)
            ? ParseTime(u) ?? now
            : now;
        return new TimerInvocation(function.Name, scheduledFor, pastDue, next);
    }

    private static JsonElement? TriggerValue(FunctionDefinition function, InvocationRequest request)
    {
        var data = request.Data;
        if (data is null || data.Count == 0)
        {
            return null;
        }

        if (data.TryGetValue(function.BindingName, out var value))
        {
            return value;
        }

        // A function.json written by hand may name the binding differently: with one member there is no doubt.
        return data.Count == 1 ? data.Values.Single() : null;
    }

    private static string Unquote(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }

    private static string? String(Dictionary<string, JsonElement> metadata, string key) =>
        metadata.TryGetValue(key, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static long? Long(Dictionary<string, JsonElement> metadata, string key)
    {
        if (!metadata.TryGetValue(key, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n))
        {
            return n;
        }

        return v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n) ? n : null;
    }

    private static DateTimeOffset? Time(Dictionary<string, JsonElement> metadata, string key) =>
        metadata.TryGetValue(key, out var v) ? ParseTime(v) : null;

    private static DateTimeOffset? ParseTime(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
