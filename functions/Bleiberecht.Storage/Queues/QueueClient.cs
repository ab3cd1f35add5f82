using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Queues;

/// <summary>One queue (mirrors Azure.Storage.Queues.QueueClient). Message text is base64 (UTF-8) on the wire by default.</summary>
public sealed class QueueClient
{
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);
    private readonly HttpPipeline pipeline;
    private readonly QueueMessageEncoding encoding;

    internal QueueClient(Uri uri, string name, HttpPipeline pipeline, QueueMessageEncoding encoding)
    {
        Uri = uri;
        Name = name;
        this.pipeline = pipeline;
        this.encoding = encoding;
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the queue; succeeds (201 Created or 204 No Content) when it already exists.</summary>
    public async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, null);
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201, 204).ConfigureAwait(false);
    }

    /// <summary>Deletes the queue and its messages; succeeds (204 or 404) when it does not exist.</summary>
    public async Task<Response> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, null);
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    /// <summary>Sends a message, invisible for <paramref name="visibilityTimeout"/> (0–7 days), living <paramref name="timeToLive"/> (default 7 days; <c>TimeSpan.FromSeconds(-1)</c> for never).</summary>
    public async Task<Response<SendReceipt>> SendMessageAsync(string messageText, TimeSpan? visibilityTimeout = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        if (visibilityTimeout is { } delay && (delay < TimeSpan.Zero || delay > MaxVisibility))
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), delay, "The visibility delay must be between 0 and 7 days.");
        }

        if (timeToLive is { } ttl && ttl != TimeSpan.FromSeconds(-1) && ttl < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "The time to live must be at least 1 second, or -1 second for messages that never expire.");
        }

        if (visibilityTimeout is { } v && timeToLive is { } t && t > TimeSpan.Zero && v >= t)
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), v, "The visibility delay must be shorter than the time to live.");
        }

        var body = QueueMessageXml.Request(QueueMessageXml.Encode(messageText, encoding));
        using var message = CreateMessage(RequestMethod.Post, "/messages",
            ("visibilitytimeout", visibilityTimeout is { } vt ? StorageHeaders.Seconds(vt) : null),
            ("messagettl", timeToLive is { } tl ? StorageHeaders.Seconds(tl) : null));
        message.Request.Content = RequestContent.Create(body);
        message.Request.Headers.SetValue("Content-Type", "application/xml");
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 201).ConfigureAwait(false);
        var item = QueueMessageXml.Messages(response.ContentStream!).Single();
        var receipt = new SendReceipt(
            QueueMessageXml.Text(item, "MessageId"),
            QueueMessageXml.Date(item, "InsertionTime") ?? default,
            QueueMessageXml.Date(item, "ExpirationTime") ?? default,
            QueueMessageXml.Text(item, "PopReceipt"),
            QueueMessageXml.Date(item, "TimeNextVisible") ?? default);
        return Response.FromValue(receipt, response);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> (1–32, default 1) messages and hides them for <paramref name="visibilityTimeout"/> (default 30 s).</summary>
    public async Task<Response<QueueMessage[]>> ReceiveMessagesAsync(int? maxMessages = null, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        CheckCount(maxMessages);
        if (visibilityTimeout is { } v && (v < TimeSpan.FromSeconds(1) || v > MaxVisibility))
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), v, "The visibility timeout must be between 1 second and 7 days.");
        }

        using var message = CreateMessage(RequestMethod.Get, "/messages",
            ("numofmessages", maxMessages?.ToString(CultureInfo.InvariantCulture)),
            ("visibilitytimeout", visibilityTimeout is { } vt ? StorageHeaders.Seconds(vt) : null));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        var messages = QueueMessageXml.Messages(response.ContentStream!).Select(m => new QueueMessage
        {
            MessageId = QueueMessageXml.Text(m, "MessageId"),
            PopReceipt = QueueMessageXml.Text(m, "PopReceipt"),
            Body = QueueMessageXml.Decode(QueueMessageXml.Text(m, "MessageText"), encoding),
            DequeueCount = QueueMessageXml.Long(m, "DequeueCount"),
            InsertedOn = QueueMessageXml.Date(m, "InsertionTime"),
            ExpiresOn = QueueMessageXml.Date(m, "ExpirationTime"),
            NextVisibleOn = QueueMessageXml.Date(m, "TimeNextVisible"),
        }).ToArray();
        return Response.FromValue(messages, response);
    }

    /// <summary>Looks at up to <paramref name="maxMessages"/> (1–32) visible messages without dequeuing them.</summary>
    public async Task<Response<PeekedMessage[]>> PeekMessagesAsync(int? maxMessages = null, CancellationToken cancellationToken = default)
    {
        CheckCount(maxMessages);
        using var message = CreateMessage(RequestMethod.Get, "/messages",
            ("peekonly", "true"),
            ("numofmessages", maxMessages?.ToString(CultureInfo.InvariantCulture)));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        var messages = QueueMessageXml.Messages(response.ContentStream!).Select(m => new PeekedMessage
        {
            MessageId = QueueMessageXml.Text(m, "MessageId"),
            Body = QueueMessageXml.Decode(QueueMessageXml.Text(m, "MessageText"), encoding),
            DequeueCount = QueueMessageXml.Long(m, "DequeueCount"),
            InsertedOn = QueueMessageXml.Date(m, "InsertionTime"),
            ExpiresOn = QueueMessageXml.Date(m, "ExpirationTime"),
        }).ToArray();
        return Response.FromValue(messages, response);
    }

    /// <summary>Changes a received message's visibility (0–7 days from now) and optionally its text; returns the new pop receipt.</summary>
    public async Task<Response<UpdateReceipt>> UpdateMessageAsync(string messageId, string popReceipt, string? messageText = null, TimeSpan visibilityTimeout = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        if (visibilityTimeout < TimeSpan.Zero || visibilityTimeout > MaxVisibility)
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), visibilityTimeout, "The visibility timeout must be between 0 and 7 days.");
        }

        using var message = CreateMessage(RequestMethod.Put, "/messages/" + Uri.EscapeDataString(messageId),
            ("popreceipt", popReceipt),
            ("visibilitytimeout", StorageHeaders.Seconds(visibilityTimeout)));
        if (messageText is not null)
        {
            message.Request.Content = RequestContent.Create(QueueMessageXml.Request(QueueMessageXml.Encode(messageText, encoding)));
            message.Request.Headers.SetValue("Content-Type", "application/xml");
        }

        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-popreceipt", out var newReceipt);
        var receipt = new UpdateReceipt(newReceipt ?? string.Empty, StorageHeaders.GetDate(response, "x-ms-time-next-visible") ?? default);
        return Response.FromValue(receipt, response);
    }

    /// <summary>Deletes a received message; 404 if it is gone, 400/404 if the pop receipt no longer matches.</summary>
    public async Task<Response> DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        using var message = CreateMessage(RequestMethod.Delete, "/messages/" + Uri.EscapeDataString(messageId), ("popreceipt", popReceipt));
        return await StorageRequests.SendAsync(pipeline, message, cancellationToken, 204).ConfigureAwait(false);
    }

    /// <summary>Queue metadata and the approximate number of messages.</summary>
    public async Task<Response<QueueProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Get, null, ("comp", "metadata"));
        var response = await StorageRequests.SendAsync(pipeline, message, cancellationToken, 200).ConfigureAwait(false);
        response.Headers.TryGetValue("x-ms-approximate-messages-count", out var count);
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name["x-ms-meta-".Length..]] = header.Value;
            }
        }

        var properties = new QueueProperties(int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0, metadata);
        return Response.FromValue(properties, response);
    }

    private static void CheckCount(int? maxMessages)
    {
        if (maxMessages is < 1 or > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(maxMessages), maxMessages, "Between 1 and 32 messages can be received or peeked at once.");
        }
    }

    private HttpMessage CreateMessage(RequestMethod method, string? path, params ReadOnlySpan<(string Name, string? Value)> query)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Uri);
        if (path is not null)
        {
            request.Uri.AppendPath(path, escape: false);
        }

        foreach (var (name, value) in query)
        {
            if (value is not null)
            {
                request.Uri.AppendQuery(name, value, true);
            }
        }

        return message;
    }
}
