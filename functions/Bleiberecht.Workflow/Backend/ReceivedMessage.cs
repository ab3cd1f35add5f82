namespace Bleiberecht.Workflow.Backend;

/// <summary>A message taken from a queue (invisible to others until deleted or its visibility runs out).</summary>
internal sealed record ReceivedMessage(string MessageId, string PopReceipt, string Text, long DequeueCount);
