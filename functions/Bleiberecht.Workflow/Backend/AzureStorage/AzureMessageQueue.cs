using Bleiberecht.Storage.Queues;

namespace Bleiberecht.Workflow.Backend.AzureStorage;

/// <summary>A work-item queue on Azure Queue storage.</summary>
internal sealed class AzureMessageQueue(QueueClient queue) : IMessageQueue
{
    /// <summary>The service's limit for visibility timeouts and delays.</summary>
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public string Name => queue.Name;

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        await queue.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);

    public async Task<ReceivedMessage> SendAsync(string text, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        var receipt = (await queue.SendMessageAsync(text, Clamp(visibilityDelay, floor: true), TimeSpan.FromSeconds(-1), cancellationToken).ConfigureAwait(false)).Value;
        return new ReceivedMessage(receipt.MessageId, receipt.PopReceipt, text, 0);
    }

    public async Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var response = await queue.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), Clamp(visibilityTimeout), cancellationToken).ConfigureAwait(false);
        return response.Value.Select(m => new ReceivedMessage(m.MessageId, m.PopReceipt, m.MessageText, m.DequeueCount)).ToArray();
    }

    public async Task DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default) =>
        await queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken).ConfigureAwait(false);

    public async Task<string> UpdateVisibilityAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var response = await queue.UpdateMessageAsync(messageId, popReceipt, null, Clamp(visibilityTimeout) ?? TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        return response.Value.PopReceipt;
    }

    /// <summary>The service counts whole seconds: delays round down (the receiver holds a message that is slightly early).</summary>
    private static TimeSpan? Clamp(TimeSpan? value, bool floor = false) =>
        value is not { } v || v <= TimeSpan.Zero ? null
        : v > MaxVisibility ? MaxVisibility
        : floor ? (v < TimeSpan.FromSeconds(1) ? null : TimeSpan.FromSeconds(Math.Floor(v.TotalSeconds)))
        : TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(v.TotalSeconds)));
}
