namespace Bleiberecht.Workflow;

/// <summary>
/// Base class of orchestrators (after <c>Microsoft.DurableTask.TaskOrchestrator&lt;TInput, TOutput&gt;</c>).
/// The code is replayed from history, so it must be deterministic: use <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>,
/// <see cref="TaskOrchestrationContext.NewGuid"/> and activities for anything that touches the outside world.
/// </summary>
/// <typeparam name="TInput">The input type (System.Text.Json).</typeparam>
/// <typeparam name="TOutput">The output type (System.Text.Json).</typeparam>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public Type OutputType => typeof(TOutput);

    /// <summary>The orchestration logic.</summary>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await RunAsync(context, (TInput)input!);
    }
}
