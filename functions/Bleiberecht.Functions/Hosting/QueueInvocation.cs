namespace Bleiberecht.Functions.Hosting;

/// <summary>One attempt to process a queue message.</summary>
/// <param name="FunctionName">The function being invoked.</param>
/// <param name="QueueName">The queue the message came from.</param>
/// <param name="MessageId">The message id (safe to log).</param>
/// <param name="MessageText">The decoded message text (may hold personal data: never log it).</param>
/// <param name="DequeueCount">How many times the message was received, this attempt included (1 on the first).</param>
/// <param name="InsertedOn">When the message was added, if known.</param>
internal sealed record QueueInvocation(
    string FunctionName,
    string QueueName,
    string MessageId,
    string MessageText,
    long DequeueCount,
    DateTimeOffset? InsertedOn);
