using Bleiberecht.Storage;

namespace Bleiberecht.Workflow.Backend.AzureStorage;

/// <summary>The task hub on an Azure Storage account (or Azurite).</summary>
internal static class AzureWorkflowBackend
{
    public static WorkflowBackend Create(StorageAccount account, WorkflowOptions options, StorageClientOptions? clientOptions = null)
    {
        var tables = account.CreateTableServiceClient(clientOptions);
        var queues = account.CreateQueueServiceClient(clientOptions);
        var blobs = account.CreateBlobServiceClient(clientOptions);
        return new WorkflowBackend(
            new AzureInstanceTable(tables.GetTableClient(options.InstancesTableName)),
            new AzureMessageQueue(queues.GetQueueClient(options.ControlQueueName)),
            new AzureMessageQueue(queues.GetQueueClient(options.WorkQueueName)),
            new AzureMessageQueue(queues.GetQueueClient(options.PoisonQueueName)),
            new AzurePayloadBlobs(blobs.GetBlobContainerClient(options.PayloadContainerName)));
    }
}
