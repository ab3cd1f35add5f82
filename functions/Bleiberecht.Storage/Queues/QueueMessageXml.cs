using System.Globalization;
using System.Security;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Queues;

/// <summary>The queue service's XML message formats and the text encoding.</summary>
internal static class QueueMessageXml
{
    /// <summary>The service limit for one message as sent (after encoding).</summary>
    public const int MaxEncodedLength = 64 * 1024;

    public static byte[] Request(string? encodedText)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessage><MessageText>" + SecurityElement.Escape(encodedText) + "</MessageText></QueueMessage>";
        return Encoding.UTF8.GetBytes(xml);
    }

    public static string Encode(string text, QueueMessageEncoding encoding)
    {
        var encoded = encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;
        if (Encoding.UTF8.GetByteCount(encoded) > MaxEncodedLength)
        {
            throw new ArgumentException($"The message is {Encoding.UTF8.GetByteCount(encoded)} bytes once encoded; a queue message may be at most {MaxEncodedLength} bytes.", nameof(text));
        }

        return encoded;
    }

    public static BinaryData Decode(string text, QueueMessageEncoding encoding)
    {
        if (encoding == QueueMessageEncoding.Base64)
        {
            var buffer = new byte[text.Length];
            if (Convert.TryFromBase64String(text, buffer, out var written))
            {
                return new BinaryData(buffer.AsMemory(0, written));
            }
        }

        // Not base64 (e.g. written by a tool without encoding): keep the raw text rather than losing the message.
        return BinaryData.FromString(text);
    }

    public static IEnumerable<XElement> Messages(Stream content)
    {
        using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader).Root?.Elements("QueueMessage").ToList() ?? [];
    }

    public static string Text(XElement message, string name) => message.Element(name)?.Value ?? string.Empty;

    public static DateTimeOffset? Date(XElement message, string name) =>
        message.Element(name)?.Value is { Length: > 0 } value ? StorageHeaders.ParseDate(value) : null;

    public static long Long(XElement message, string name) =>
        long.TryParse(message.Element(name)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
