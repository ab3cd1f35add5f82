using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Bleiberecht.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Storage;

/// <summary>Registers the storage account and its three service clients.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageAccount"/> (read from <c>AzureWebJobsStorage</c> now, so a bad setting fails at
    /// start-up) and the blob, queue and table service clients as singletons.
    /// </summary>
    public static IServiceCollection AddBleiberechtStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var account = StorageAccount.FromConfiguration(configuration);
        services.AddSingleton(account);
        services.AddSingleton(_ => account.CreateBlobServiceClient());
        services.AddSingleton(_ => account.CreateQueueServiceClient());
        services.AddSingleton(_ => account.CreateTableServiceClient());
        return services;
    }
}
