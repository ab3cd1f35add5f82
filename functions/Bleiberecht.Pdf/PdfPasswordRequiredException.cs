namespace Bleiberecht.Pdf;

/// <summary>The document is encrypted with a non-empty user password; its <see cref="PdfReadException.Reason"/> is <see cref="PdfReadError.PasswordRequired"/>.</summary>
public sealed class PdfPasswordRequiredException : PdfReadException
{
    public PdfPasswordRequiredException()
        : base(PdfReadError.PasswordRequired, "The document is encrypted and needs a password.")
    {
    }

    public PdfPasswordRequiredException(string message)
        : base(PdfReadError.PasswordRequired, message)
    {
    }

    public PdfPasswordRequiredException(string message, Exception innerException)
        : base(PdfReadError.PasswordRequired, message, innerException)
    {
    }
}
