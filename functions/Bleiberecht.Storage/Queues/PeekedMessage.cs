namespace Bleiberecht.Storage.Queues;

/// <summary>A message seen without dequeuing it (no pop receipt).</summary>
public sealed record PeekedMessage
{
    public required string MessageId { get; init; }

    public required BinaryData Body { get; init; }

    public string MessageText => Body.ToString();

    public long DequeueCount { get; init; }

    public DateTimeOffset? InsertedOn { get; init; }

    public DateTimeOffset? ExpiresOn { get; init; }
}
