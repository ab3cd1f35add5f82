using Azure.Core;
using Bleiberecht.Testing;

namespace Bleiberecht.Storage.Tests;

internal static class TestAccounts
{
    private static int counter;

    /// <summary>Options with quick retries so failure tests stay short.</summary>
    public static StorageClientOptions FastRetries(int maxRetries = 2) => new()
    {
        Retry = { MaxRetries = maxRetries, Delay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100), Mode = RetryMode.Exponential },
    };

    public static StorageAccount Account(this AzuriteFixture azurite) => StorageAccount.FromConnectionString(azurite.ConnectionString);

    /// <summary>A fresh resource name per test (lower-case letters and digits).</summary>
    public static string UniqueName(string prefix) => prefix + Interlocked.Increment(ref counter) + Guid.NewGuid().ToString("N")[..8];
}
