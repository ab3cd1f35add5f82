namespace Bleiberecht.Workflow.Backend;

/// <summary>A work-item queue (Azure Storage queue semantics: at-least-once, visibility timeout, dequeue count).</summary>
internal interface IMessageQueue
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends a message, invisible for <paramref name="visibilityDelay"/> (≤ 7 days); the receipt allows deleting it.</summary>
    Task<ReceivedMessage> SendAsync(string text, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    Task DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default);

    /// <summary>Extends (or ends) the invisibility of a received message; returns the new pop receipt.</summary>
    Task<string> UpdateVisibilityAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);
}
