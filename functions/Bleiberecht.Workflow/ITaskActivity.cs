namespace Bleiberecht.Workflow;

/// <summary>
/// Untyped view of an activity, used by the runtime. Derive from <see cref="TaskActivity{TInput, TOutput}"/> instead.
/// </summary>
public interface ITaskActivity
{
    /// <summary>The type the input is deserialized to.</summary>
    Type InputType { get; }

    /// <summary>The type of the output.</summary>
    Type OutputType { get; }

    /// <summary>Runs the activity.</summary>
    Task<object?> RunAsync(TaskActivityContext context, object? input);
}
