using System.Text.Json;
using System.Xml;
using Azure;
using Azure.Core;

namespace Bleiberecht.Storage.Core;

/// <summary>Reads the error code and message of a failed storage response (XML for blob/queue, JSON for table).</summary>
internal sealed class StorageErrorParser : RequestFailedDetailsParser
{
    public static StorageErrorParser Instance { get; } = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        string? message = null;
        try
        {
            var content = response.ContentStream is { CanSeek: true } ? response.Content : null;
            var text = content?.ToString().TrimStart();
            if (!string.IsNullOrEmpty(text) && text[0] == '<')
            {
                var xml = new XmlDocument { XmlResolver = null };
                using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                xml.Load(reader);
                code ??= xml.DocumentElement?["Code"]?.InnerText;
                message = xml.DocumentElement?["Message"]?.InnerText;
            }
            else if (!string.IsNullOrEmpty(text) && text[0] == '{')
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("odata.error", out var odata) || json.RootElement.TryGetProperty("error", out odata))
                {
                    if (odata.TryGetProperty("code", out var c))
                    {
                        code ??= c.GetString();
                    }

                    if (odata.TryGetProperty("message", out var m))
                    {
                        message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
                    }
                }
            }
        }
        catch (Exception e) when (e is XmlException or JsonException or InvalidOperationException)
        {
            // An unreadable error body still leaves the status and the header's error code.
        }

        error = new ResponseError(code, message?.Split('\n')[0] ?? response.ReasonPhrase);
        return true;
    }
}
