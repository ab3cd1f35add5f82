namespace Bleiberecht.Workflow.Replay;

/// <summary>The code, replayed, did something other than what history records.</summary>
internal sealed class NonDeterminismException : Exception
{
    public NonDeterminismException(string message)
        : base(message)
    {
    }

    public NonDeterminismException()
    {
    }

    public NonDeterminismException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public const string ErrorType = "NonDeterminism";
}
