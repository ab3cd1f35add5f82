using Azure.Core.Pipeline;
using Bleiberecht.Storage.Core;

namespace Bleiberecht.Storage.Queues;

/// <summary>The queue service of one account (mirrors Azure.Storage.Queues.QueueServiceClient).</summary>
public sealed class QueueServiceClient
{
    private readonly HttpPipeline pipeline;
    private readonly StorageClientOptions options;

    internal QueueServiceClient(Uri serviceUri, HttpPipeline pipeline, StorageClientOptions options)
    {
        Uri = serviceUri;
        this.pipeline = pipeline;
        this.options = options;
    }

    public Uri Uri { get; }

    /// <summary>A client for one queue; nothing is sent until an operation is called.</summary>
    public QueueClient GetQueueClient(string queueName) =>
        new(new Uri(Uri.AbsoluteUri.TrimEnd('/') + "/" + StorageNames.Queue(queueName)), queueName, pipeline, options.MessageEncoding);
}
