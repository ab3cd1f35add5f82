using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow;

public sealed partial class WorkflowWorker
{
    private static partial class Log
    {
        [LoggerMessage(1101, LogLevel.Warning, "Activity {Activity} (instance {InstanceId}, step {TaskId}) failed with {ErrorType}.")]
        public static partial void ActivityFailed(ILogger logger, string activity, string instanceId, int taskId, string errorType);

        [LoggerMessage(1102, LogLevel.Error, "A message of queue {Queue} (instance {InstanceId}) failed {DequeueCount} times and was parked in the poison queue.")]
        public static partial void MessageParked(ILogger logger, string queue, string instanceId, long dequeueCount);
    }
}
