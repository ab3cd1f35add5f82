namespace Bleiberecht.Workflow.Engine;

/// <summary>
/// Serializes the work of one instance inside this process and merges what arrives meanwhile into one step:
/// queue messages and in-process activity results for the same instance are committed together.
/// </summary>
internal sealed class InstanceMailbox(Func<string, IReadOnlyList<WorkflowMessage>, CancellationToken, Task> process, int maxConcurrentInstances)
{
    private const int MaxBatch = 500;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<(WorkflowMessage Message, TaskCompletionSource Done)>> boxes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim slots = new(maxConcurrentInstances, maxConcurrentInstances);

    /// <summary>Completes when the message has been committed (or fails with the step's error).</summary>
    public Task PostAsync(WorkflowMessage message, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (gate)
        {
            start = !boxes.TryGetValue(message.InstanceId, out var box);
            if (start)
            {
                boxes[message.InstanceId] = box = [];
            }

            box!.Add((message, done));
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(message.InstanceId, cancellationToken), CancellationToken.None);
        }

        return done.Task;
    }

    private async Task DrainAsync(string instanceId, CancellationToken cancellationToken)
    {
        while (true)
        {
            List<(WorkflowMessage Message, TaskCompletionSource Done)> batch;
            lock (gate)
            {
                var box = boxes[instanceId];
                if (box.Count == 0)
                {
                    boxes.Remove(instanceId);
                    return;
                }

                batch = box.Take(MaxBatch).ToList();
                box.RemoveRange(0, batch.Count);
            }

            try
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await process(instanceId, batch.Select(b => b.Message).ToArray(), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    slots.Release();
                }

                foreach (var (_, done) in batch)
                {
                    done.TrySetResult();
                }
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }
            }
        }
    }
}
