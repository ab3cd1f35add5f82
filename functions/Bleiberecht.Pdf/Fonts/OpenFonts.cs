using System.Reflection;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>
/// The open fonts shipped with the library as embedded resources. Liberation Sans (SIL OFL 1.1) is the
/// text face; DejaVu Sans (Bitstream Vera licence, DejaVu changes public domain) covers what Liberation
/// lacks (Arabic script, many symbols). Licence texts: <c>Fonts/Data/LICENSE-*.txt</c>.
/// </summary>
public static class OpenFonts
{
    /// <summary>Liberation Sans Regular (metric-compatible with Arial/Helvetica).</summary>
    public static byte[] LiberationSansRegular() => Load("LiberationSans-Regular.ttf");

    /// <summary>Liberation Sans Bold.</summary>
    public static byte[] LiberationSansBold() => Load("LiberationSans-Bold.ttf");

    /// <summary>DejaVu Sans Book: wide Unicode coverage, used as the fallback face.</summary>
    public static byte[] DejaVuSans() => Load("DejaVuSans.ttf");

    private static byte[] Load(string fileName)
    {
        using var stream = typeof(OpenFonts).Assembly.GetManifestResourceStream("Bleiberecht.Pdf.Fonts." + fileName)
            ?? throw new InvalidOperationException($"Embedded font {fileName} is missing from {typeof(OpenFonts).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
