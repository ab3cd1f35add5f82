using Bleiberecht.Storage;
using Bleiberecht.Workflow.Backend.AzureStorage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bleiberecht.Workflow.Backend;

/// <summary>Creates the Azure Storage backend from the registered <see cref="StorageAccount"/> or the configuration.</summary>
internal static class WorkflowBackendFactory
{
    public static WorkflowBackend Create(IServiceProvider services, WorkflowOptions options)
    {
        var account = services.GetService<StorageAccount>()
            ?? StorageAccount.FromConfiguration(services.GetRequiredService<IConfiguration>(), options.ConnectionName);
        return AzureWorkflowBackend.Create(account, options);
    }
}
