namespace Bleiberecht.Pdf.Writer;

/// <summary>The sRGB ICC profile shipped for PDF/A output intents (icc-profiles-free, zlib licence).</summary>
internal static class SrgbProfile
{
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var stream = typeof(SrgbProfile).Assembly.GetManifestResourceStream("Bleiberecht.Pdf.Writer.sRGB.icc")
            ?? throw new InvalidOperationException("The embedded sRGB ICC profile is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    });

    public static byte[] Load() => Profile.Value;
}
