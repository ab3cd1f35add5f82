namespace Bleiberecht.Storage.Queues;

/// <summary>The new pop receipt and visibility of an updated message.</summary>
public sealed record UpdateReceipt(string PopReceipt, DateTimeOffset NextVisibleOn);
