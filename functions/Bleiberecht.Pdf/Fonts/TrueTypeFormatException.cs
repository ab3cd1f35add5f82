namespace Bleiberecht.Pdf.Fonts;

/// <summary>The bytes given as a TrueType font are not a font this library can embed.</summary>
public sealed class TrueTypeFormatException : Exception
{
    public TrueTypeFormatException()
    {
    }

    public TrueTypeFormatException(string message)
        : base(message)
    {
    }

    public TrueTypeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
