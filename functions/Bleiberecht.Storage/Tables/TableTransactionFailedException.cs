using Azure;

namespace Bleiberecht.Storage.Tables;

/// <summary>
/// An entity group transaction was rejected; nothing of it was applied. <see cref="FailedTransactionActionIndex"/>
/// is the zero-based index of the action the service refused, when it said so.
/// </summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(string message)
        : base(message)
    {
    }

    public TableTransactionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex, Exception? innerException = null)
        : base(status, message, errorCode, innerException)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    public TableTransactionFailedException()
        : base("The table transaction failed.")
    {
    }

    /// <summary>Zero-based index of the failing action in the submitted list, or null if the service did not say.</summary>
    public int? FailedTransactionActionIndex { get; }
}
