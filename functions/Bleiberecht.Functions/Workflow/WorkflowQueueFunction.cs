using Bleiberecht.Functions.Hosting;
using Bleiberecht.Workflow;

namespace Bleiberecht.Functions.Workflow;

/// <summary>
/// Custom-handler mode: hands one message of the task hub's control or work queue to the workflow runtime
/// (one stateless invocation per message; the runtime parks messages that keep failing itself).
/// </summary>
internal sealed class WorkflowQueueFunction(WorkflowWorker worker) : IQueueFunction
{
    public Task HandleAsync(QueueInvocation invocation, CancellationToken cancellationToken = default) =>
        worker.ProcessMessageAsync(invocation.QueueName, invocation.MessageText, invocation.DequeueCount, cancellationToken);
}
