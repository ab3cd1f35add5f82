using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow.Engine;

internal sealed partial class OrchestrationProcessor
{
    private static partial class Log
    {
        [LoggerMessage(1001, LogLevel.Debug, "Commit of instance {InstanceId} conflicted (attempt {Attempt}); reloading.")]
        public static partial void CommitConflict(ILogger logger, string instanceId, int attempt);

        [LoggerMessage(1002, LogLevel.Information, "Sent {Count} outbox messages of instance {InstanceId} left by an interrupted step.")]
        public static partial void OutboxRecovered(ILogger logger, string instanceId, int count);

        [LoggerMessage(1003, LogLevel.Information, "Dropped a {EventType} message for instance {InstanceId}: the instance does not exist or has ended.")]
        public static partial void MessageDropped(ILogger logger, string instanceId, string eventType);
    }
}
