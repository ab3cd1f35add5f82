namespace Bleiberecht.Workflow;

/// <summary>A failure as data (after <c>Microsoft.DurableTask.TaskFailureDetails</c>): what history and the client show.</summary>
/// <param name="ErrorType">The exception's full type name (or a runtime error kind such as <c>NonDeterminism</c>).</param>
/// <param name="ErrorMessage">The message.</param>
/// <param name="StackTrace">The stack trace, when there is one.</param>
/// <param name="InnerFailure">The inner failure, when there is one.</param>
public sealed record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null, TaskFailureDetails? InnerFailure = null)
{
    /// <summary>Builds failure details from an exception.</summary>
    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is TaskFailedException failed
            ? new(exception.GetType().FullName!, exception.Message, exception.StackTrace, failed.FailureDetails)
            : new(exception.GetType().FullName!, exception.Message, exception.StackTrace, exception.InnerException is { } inner ? FromException(inner) : null);
    }

    /// <summary>True when the failure (or an inner one) was caused by an exception of type <typeparamref name="T"/>.</summary>
    public bool IsCausedBy<T>()
        where T : Exception
    {
        var name = typeof(T).FullName;
        return ErrorType == name || InnerFailure?.IsCausedBy<T>() == true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
