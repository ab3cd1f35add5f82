namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// Queue trigger behaviour, the same in both modes: written into <c>host.json</c> (<c>extensions.queues</c>) for the
/// Functions host and used by the standalone listeners. Configuration section <c>Host:Queues</c> overrides the
/// defaults (environment: <c>Host__Queues__VisibilityTimeout</c>, ...).
/// </summary>
internal sealed record QueueTriggerOptions
{
    /// <summary>Messages fetched at once (at most 32).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>A new batch is fetched when no more than this many messages are still running.</summary>
    public int NewBatchThreshold { get; init; } = 8;

    /// <summary>Attempts before a message moves to <c>&lt;queue&gt;-poison</c>.</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a failed message stays invisible before its next attempt.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between polls of an empty queue (the wait doubles from <see cref="MinPollingInterval"/>).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The first wait after an empty poll (standalone only; the Functions host uses 100 ms).</summary>
    public TimeSpan MinPollingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a received message stays invisible while it runs; renewed at half-time (standalone only).</summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The wire encoding of message text; our queue clients send base64, as the Functions host expects by default.</summary>
    public string MessageEncoding { get; init; } = "base64";

    /// <summary>The most messages of one function running at the same time.</summary>
    public int MaxConcurrency => BatchSize + NewBatchThreshold;
}
