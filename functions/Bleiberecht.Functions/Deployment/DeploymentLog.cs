using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Deployment;

/// <summary>Log messages of start-up checks and resource creation (event ids 1100-1119); resource names only.</summary>
internal static partial class DeploymentLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Created or found {ContainerCount} containers, {QueueCount} queues and {TableCount} tables")]
    public static partial void ResourcesEnsured(ILogger logger, int containerCount, int queueCount, int tableCount);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Creating the storage resources failed; the triggers create what they watch when storage answers")]
    public static partial void ResourcesFailed(ILogger logger, Exception exception);

}
