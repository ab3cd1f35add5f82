namespace Bleiberecht.Functions.Hosting;

/// <summary>Settings of the function host shell (configuration section <c>Host</c>).</summary>
internal sealed record FunctionHostOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Host";

    /// <summary>Queue trigger behaviour (both modes).</summary>
    public QueueTriggerOptions Queues { get; init; } = new();

    /// <summary>How often standalone mode lists a watched container for new blobs.</summary>
    public TimeSpan BlobPollingInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Standalone only: replaces a timer function's catalog schedule, keyed by function name (for local runs and tests).</summary>
    public Dictionary<string, string> Schedules { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
