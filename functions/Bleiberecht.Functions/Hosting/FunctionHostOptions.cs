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

    /// <summary>What is wrong with these settings, each naming its environment variable; empty when they are usable.</summary>
    public IEnumerable<string> Problems(FunctionCatalog catalog)
    {
        var q = Queues;
        if (q.BatchSize is < 1 or > 32)
        {
            yield return "Host__Queues__BatchSize must be between 1 and 32";
        }

        if (q.NewBatchThreshold < 0)
        {
            yield return "Host__Queues__NewBatchThreshold must not be negative";
        }

        if (q.MaxDequeueCount < 1)
        {
            yield return "Host__Queues__MaxDequeueCount must be at least 1";
        }

        if (q.VisibilityTimeout < TimeSpan.Zero || q.VisibilityTimeout > TimeSpan.FromDays(7))
        {
            yield return "Host__Queues__VisibilityTimeout must be between 0 and 7 days";
        }

        if (q.MinPollingInterval <= TimeSpan.Zero || q.MaxPollingInterval < q.MinPollingInterval)
        {
            yield return "Host__Queues__MinPollingInterval must be positive and not above Host__Queues__MaxPollingInterval";
        }

        if (q.MessageLease < TimeSpan.FromSeconds(2) || q.MessageLease > TimeSpan.FromDays(7))
        {
            yield return "Host__Queues__MessageLease must be between 2 seconds and 7 days";
        }

        if (BlobPollingInterval <= TimeSpan.Zero)
        {
            yield return "Host__BlobPollingInterval must be positive";
        }

        foreach (var (name, schedule) in Schedules)
        {
            if (catalog.Find(name) is not { Kind: TriggerKind.Timer })
            {
                yield return $"Host__Schedules__{name} names no timer function";
            }
            else if (!CronSchedule.TryParse(schedule, out _))
            {
                yield return $"Host__Schedules__{name} is not a six-field NCRONTAB expression";
            }
        }
    }
}
