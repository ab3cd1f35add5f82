namespace Bleiberecht.Workflow.Backend;

/// <summary>An entity group transaction lost a race (the row existed, or its ETag changed).</summary>
internal sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
