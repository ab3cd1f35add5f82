namespace Bleiberecht.Workflow;

/// <summary>
/// Base class of activities (after <c>Microsoft.DurableTask.TaskActivity&lt;TInput, TOutput&gt;</c>). Activities run
/// at least once: make them idempotent. They may do I/O, read the clock and use randomness.
/// </summary>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public Type OutputType => typeof(TOutput);

    /// <summary>The activity logic.</summary>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await RunAsync(context, (TInput)input!).ConfigureAwait(false);
    }
}
