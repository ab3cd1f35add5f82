using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// The host shell's log messages, with stable event ids (1000-1099). They carry function names, message ids, ETags and
/// counts, never message texts or blob names (both may hold personal data).
/// </summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Function host started in {Mode} mode with {FunctionCount} functions")]
    public static partial void HostStarted(ILogger logger, HostMode mode, int functionCount);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Function {FunctionName} ran for invocation {InvocationId} in {ElapsedMilliseconds} ms")]
    public static partial void FunctionSucceeded(ILogger logger, string functionName, string invocationId, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Function {FunctionName} failed for invocation {InvocationId} after {ElapsedMilliseconds} ms")]
    public static partial void FunctionFailed(ILogger logger, string functionName, string invocationId, long elapsedMilliseconds, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Queue listener for {FunctionName} on queue {QueueName} started (at most {MaxConcurrency} at once)")]
    public static partial void QueueListenerStarted(ILogger logger, string functionName, string queueName, int maxConcurrency);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Message {MessageId} of queue {QueueName} failed attempt {DequeueCount}; next attempt in {RetryDelay}")]
    public static partial void QueueMessageRetry(ILogger logger, string messageId, string queueName, long dequeueCount, TimeSpan retryDelay);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Message {MessageId} of queue {QueueName} failed {DequeueCount} times and was moved to {PoisonQueueName}")]
    public static partial void QueueMessagePoisoned(ILogger logger, string messageId, string queueName, long dequeueCount, string poisonQueueName);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Polling queue {QueueName} failed; retrying in {RetryDelay}")]
    public static partial void QueuePollFailed(ILogger logger, string queueName, TimeSpan retryDelay, Exception exception);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "Settling message {MessageId} of queue {QueueName} failed; it becomes visible again when its lease ends")]
    public static partial void QueueSettleFailed(ILogger logger, string messageId, string queueName, Exception exception);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Blob watcher for {FunctionName} on container {ContainerName} started (every {PollingInterval})")]
    public static partial void BlobWatcherStarted(ILogger logger, string functionName, string containerName, TimeSpan pollingInterval);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Listing container {ContainerName} failed; retrying in {RetryDelay}")]
    public static partial void BlobListFailed(ILogger logger, string containerName, TimeSpan retryDelay, Exception exception);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Error, Message = "Blob with ETag {ETag} in container {ContainerName} failed {Attempts} times for {FunctionName}; recorded in queue {PoisonQueueName}")]
    public static partial void BlobPoisoned(ILogger logger, string? eTag, string containerName, int attempts, string functionName, string poisonQueueName);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Information, Message = "Timer {FunctionName} runs on {Schedule}; next at {Next:o}")]
    public static partial void TimerScheduled(ILogger logger, string functionName, string schedule, DateTimeOffset? next);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Warning, Message = "Custom-handler invocation of {FunctionName} rejected: {Reason}")]
    public static partial void InvocationRejected(ILogger logger, string functionName, string reason);
}
