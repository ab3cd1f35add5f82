using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>The multipart/mixed body of an entity group transaction (one changeset) and the parser for its response.</summary>
internal static class TableBatchMultipart
{
    public static byte[] Build(Uri serviceUri, string tableName, IReadOnlyList<TableTransactionAction> actions, string batchBoundary, string changesetBoundary)
    {
        using var body = new MemoryStream();
        void Text(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            body.Write(bytes);
        }

        var baseUri = serviceUri.AbsoluteUri.TrimEnd('/');
        Text($"--{batchBoundary}\r\nContent-Type: multipart/mixed; boundary={changesetBoundary}\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            var (method, path, withBody) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", "/" + tableName, true),
                TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge => ("MERGE", TableClient.EntityPath(tableName, entity.PartitionKey, entity.RowKey), true),
                TableTransactionActionType.UpdateReplace or TableTransactionActionType.UpsertReplace => ("PUT", TableClient.EntityPath(tableName, entity.PartitionKey, entity.RowKey), true),
                TableTransactionActionType.Delete => ("DELETE", TableClient.EntityPath(tableName, entity.PartitionKey, entity.RowKey), false),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.ActionType, "Unknown transaction action type."),
            };
            var ifMatch = action.ActionType switch
            {
                TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete =>
                    action.ETag == default ? "*" : action.ETag.ToString("H"),
                _ => null,
            };

            Text($"--{changesetBoundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            Text($"{method} {baseUri}{path} HTTP/1.1\r\nAccept: {TableConstants.Accept}\r\nDataServiceVersion: 3.0\r\nContent-ID: {(i + 1).ToString(CultureInfo.InvariantCulture)}\r\n");
            if (ifMatch is not null)
            {
                Text($"If-Match: {ifMatch}\r\n");
            }

            if (withBody)
            {
                Text($"Content-Type: {TableConstants.ContentType}\r\n");
                if (action.ActionType == TableTransactionActionType.Add)
                {
                    Text("Prefer: return-no-content\r\n");
                }

                Text("\r\n");
                using (var writer = new Utf8JsonWriter(body, TableEntitySerializer.WriterOptions))
                {
                    TableEntitySerializer.Write(writer, entity);
                }

                Text("\r\n");
            }
            else
            {
                Text("\r\n");
            }
        }

        Text($"--{changesetBoundary}--\r\n--{batchBoundary}--\r\n");
        return body.ToArray();
    }

    /// <summary>Splits the response into the operations' HTTP responses (in order).</summary>
    public static List<TableSubResponse> Parse(string contentType, BinaryData content)
    {
        var text = content.ToString();
        var boundary = Boundary(contentType) ?? FirstBoundary(text)
            ?? throw new FormatException("The batch response has no multipart boundary.");
        var responses = new List<TableSubResponse>();
        foreach (var part in Parts(text, boundary))
        {
            var (headers, partBody) = SplitHeaders(part);
            var partType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
            if (partType is not null && partType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var inner = Boundary(partType) ?? FirstBoundary(partBody) ?? throw new FormatException("The changeset response has no boundary.");
                responses.AddRange(Parts(partBody, inner).Select(ParseHttp).OfType<TableSubResponse>());
            }
            else if (ParseHttp(part) is { } single)
            {
                responses.Add(single);
            }
        }

        return responses;
    }

    private static TableSubResponse? ParseHttp(string part)
    {
        var start = part.IndexOf("HTTP/1.1 ", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var http = part[start..];
        var lineEnd = http.IndexOf('\n', StringComparison.Ordinal);
        var statusLine = (lineEnd < 0 ? http : http[..lineEnd]).Trim();
        var pieces = statusLine.Split(' ', 3);
        var status = int.Parse(pieces[1], CultureInfo.InvariantCulture);
        var (headers, body) = SplitHeaders(lineEnd < 0 ? string.Empty : http[(lineEnd + 1)..]);
        return new TableSubResponse(status, pieces.Length > 2 ? pieces[2] : string.Empty, headers, BinaryData.FromString(body.Trim()));
    }

    /// <summary>Header lines up to the first empty line, and the rest.</summary>
    private static (List<KeyValuePair<string, string>> Headers, string Body) SplitHeaders(string part)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var position = 0;
        while (position < part.Length)
        {
            var end = part.IndexOf('\n', position);
            var line = (end < 0 ? part[position..] : part[position..end]).TrimEnd('\r');
            position = end < 0 ? part.Length : end + 1;
            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return (headers, part[position..]);
    }

    private static IEnumerable<string> Parts(string text, string boundary)
    {
        var delimiter = "--" + boundary;
        var pieces = text.Split(delimiter);
        for (var i = 1; i < pieces.Length; i++)
        {
            if (pieces[i].StartsWith("--", StringComparison.Ordinal))
            {
                yield break;
            }

            yield return pieces[i].TrimStart('\r', '\n');
        }
    }

    private static string? Boundary(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var value = contentType[(at + "boundary=".Length)..];
        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? value : value[..semicolon]).Trim().Trim('"');
    }

    private static string? FirstBoundary(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? null : trimmed[2..end].Trim();
    }

    /// <summary>The zero-based failing index from an error message of the form "3:The specified entity already exists.".</summary>
    public static int? FailedIndex(string? message, int count)
    {
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            && int.TryParse(message.AsSpan(0, colon).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < count
                ? index
                : null;
    }

    public static (string? Code, string? Message) Error(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        string? message = null;
        try
        {
            var text = response.Content.ToString();
            if (text.TrimStart().StartsWith('{'))
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("odata.error", out var error))
                {
                    code ??= error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    if (error.TryGetProperty("message", out var m))
                    {
                        message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable body leaves the status code to report.
        }

        return (code, message);
    }
}
