namespace Bleiberecht.Storage.Queues;

/// <summary>A received message; <see cref="MessageText"/> is already decoded from base64.</summary>
public sealed record QueueMessage
{
    public required string MessageId { get; init; }

    public required string PopReceipt { get; init; }

    public required BinaryData Body { get; init; }

    public string MessageText => Body.ToString();

    public long DequeueCount { get; init; }

    public DateTimeOffset? InsertedOn { get; init; }

    public DateTimeOffset? ExpiresOn { get; init; }

    public DateTimeOffset? NextVisibleOn { get; init; }
}
