namespace Bleiberecht.Functions.Hosting;

/// <summary>A function started by a queue message. Throwing fails the attempt: the message is retried and, after the last attempt, moved to the poison queue.</summary>
internal interface IQueueFunction
{
    Task HandleAsync(QueueInvocation invocation, CancellationToken cancellationToken = default);
}
