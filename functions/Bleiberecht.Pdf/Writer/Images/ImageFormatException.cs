namespace Bleiberecht.Pdf.Writer.Images;

/// <summary>The bytes given as a PNG or JPEG image cannot be embedded.</summary>
public sealed class ImageFormatException : Exception
{
    public ImageFormatException()
    {
    }

    public ImageFormatException(string message)
        : base(message)
    {
    }

    public ImageFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
