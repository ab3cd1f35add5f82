namespace Bleiberecht.Workflow;

/// <summary>Settings of the workflow runtime (task hub names, retries, polling).</summary>
public sealed class WorkflowOptions
{
    /// <summary>
    /// Prefix of every storage name (letters and digits, starts with a letter, ≤ 40 characters): table
    /// <c>{hub}Instances</c>, queues <c>{hub}-control</c>, <c>{hub}-work</c>, <c>{hub}-poison</c>, container <c>{hub}-payloads</c>.
    /// </summary>
    public string TaskHubName { get; set; } = "workflow";

    /// <summary>The storage connection setting (see Bleiberecht.Storage).</summary>
    public string ConnectionName { get; set; } = "AzureWebJobsStorage";

    /// <summary>Attempts per message before it is parked in the poison queue (the Functions host default is 5).</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a received message stays invisible to other workers while it is processed.</summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Shortest pause between polls of an empty queue (standalone mode).</summary>
    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest pause between polls of an empty queue (standalone mode): bounds idle storage traffic.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Activities run at once by one process.</summary>
    public int MaxConcurrentActivities { get; set; } = 32;

    /// <summary>Instances processed at once by one process.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 8;

    /// <summary>History events one execution may have; beyond, the instance fails and asks for ContinueAsNew.</summary>
    public int MaxHistoryEvents { get; set; } = 20_000;

    /// <summary>Payloads larger than this (UTF-8 bytes) are stored in blobs.</summary>
    public int LargePayloadThresholdBytes { get; set; } = 45 * 1024;

    /// <summary>Longest visibility delay of one timer message; longer timers are chained (queues allow 7 days).</summary>
    public TimeSpan MaxTimerMessageDelay { get; set; } = TimeSpan.FromDays(6);

    /// <summary>When false, the standalone dispatcher is not registered (host mode: the Functions host delivers messages).</summary>
    public bool EnableStandaloneDispatcher { get; set; } = true;

    internal WorkflowRegistry Registry { get; } = new();

    /// <summary>Registers an orchestrator under <paramref name="name"/> (default: the class name).</summary>
    public WorkflowOptions AddOrchestrator<T>(string? name = null)
        where T : class, ITaskOrchestrator
    {
        Registry.AddOrchestrator(name ?? typeof(T).Name, typeof(T));
        return this;
    }

    /// <summary>Registers an activity under <paramref name="name"/> (default: the class name).</summary>
    public WorkflowOptions AddActivity<T>(string? name = null)
        where T : class, ITaskActivity
    {
        Registry.AddActivity(name ?? typeof(T).Name, typeof(T));
        return this;
    }

    internal string InstancesTableName => TaskHubName + "Instances";

    internal string ControlQueueName => TaskHubName.ToLowerInvariant() + "-control";

    internal string WorkQueueName => TaskHubName.ToLowerInvariant() + "-work";

    internal string PoisonQueueName => TaskHubName.ToLowerInvariant() + "-poison";

    internal string PayloadContainerName => TaskHubName.ToLowerInvariant() + "-payloads";
}
