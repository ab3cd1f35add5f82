namespace Bleiberecht.Workflow;

/// <summary>Options of one scheduled activity or sub-orchestration (after <c>Microsoft.DurableTask.TaskOptions</c>).</summary>
/// <param name="Retry">The retry policy; none when null.</param>
public record TaskOptions(RetryPolicy? Retry = null)
{
    /// <summary>Options with the given retry policy.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}
