namespace Bleiberecht.Storage;

/// <summary>Queue message text encoding on the wire (mirrors Azure.Storage.Queues' QueueMessageEncoding).</summary>
public enum QueueMessageEncoding
{
    /// <summary>The text is sent as is (XML-escaped).</summary>
    None,

    /// <summary>The text's UTF-8 bytes are sent base64-encoded (the Functions queue trigger's default).</summary>
    Base64,
}
