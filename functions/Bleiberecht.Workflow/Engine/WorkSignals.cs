using System.Collections.Concurrent;

namespace Bleiberecht.Workflow.Engine;

/// <summary>The process-wide signal hub: wakes pollers and waiting clients.</summary>
internal sealed class WorkSignals(TimeProvider time) : IWorkSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> instanceWaiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> queueWakeups = new(StringComparer.Ordinal);

    public SemaphoreSlim WakeupOf(string queue) => queueWakeups.GetOrAdd(queue, _ => new SemaphoreSlim(0, 1));

    public void MessageSent(string queue, DateTimeOffset visibleAt)
    {
        var delay = visibleAt - time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            Wake(queue);
            return;
        }

        ITimer? timer = null;
        timer = time.CreateTimer(
            _ =>
            {
                Wake(queue);
                timer?.Dispose();
            },
            null,
            delay + TimeSpan.FromMilliseconds(5),
            Timeout.InfiniteTimeSpan);
    }

    public void InstanceChanged(string instanceId)
    {
        if (instanceWaiters.TryRemove(instanceId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>A task that completes on the next change of <paramref name="instanceId"/> in this process.</summary>
    public Task NextChangeAsync(string instanceId) =>
        instanceWaiters.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private void Wake(string queue)
    {
        var wakeup = WakeupOf(queue);
        try
        {
            wakeup.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }
}
