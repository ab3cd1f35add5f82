namespace Bleiberecht.Storage.Queues;

/// <summary>What the service returns for a sent message.</summary>
public sealed record SendReceipt(string MessageId, DateTimeOffset InsertionTime, DateTimeOffset ExpirationTime, string PopReceipt, DateTimeOffset TimeNextVisible);
