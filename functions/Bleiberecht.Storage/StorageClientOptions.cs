using Azure.Core;

namespace Bleiberecht.Storage;

/// <summary>
/// Options for the storage clients: Azure.Core's retry (transient statuses 408, 429, 500, 502, 503, 504 and
/// network errors only, bounded, exponential), transport and diagnostics, plus the queue message encoding.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    public StorageClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromMilliseconds(400);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
    }

    /// <summary>How queue message text goes on the wire; Base64 (UTF-8) is what the Functions queue trigger expects.</summary>
    public QueueMessageEncoding MessageEncoding { get; set; } = QueueMessageEncoding.Base64;

    /// <summary>Clock for request dates (Shared Key signing).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
