namespace Bleiberecht.Storage.Queues;

/// <summary>Queue properties; the message count is approximate (the service's own wording).</summary>
public sealed record QueueProperties(int ApproximateMessagesCount, IDictionary<string, string> Metadata);
