namespace Bleiberecht.Pdf;

/// <summary>The one exception the reader throws: a typed <see cref="Reason"/> plus a message without document content.</summary>
public class PdfReadException : Exception
{
    public PdfReadException()
        : this(PdfReadError.Internal, "PDF read failed.")
    {
    }

    public PdfReadException(string message)
        : this(PdfReadError.Internal, message)
    {
    }

    public PdfReadException(string message, Exception innerException)
        : this(PdfReadError.Internal, message, innerException)
    {
    }

    public PdfReadException(PdfReadError reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Why reading failed.</summary>
    public PdfReadError Reason { get; }
}
