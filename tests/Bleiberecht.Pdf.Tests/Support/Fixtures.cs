using Bleiberecht.Testing;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>The committed third-party PDF fixtures (made by make-fixtures.sh with pdf-lib, Chromium, Ghostscript, qpdf).</summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Pdf.Tests", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Read(string name) => File.ReadAllBytes(PathOf(name));

    public static IReadOnlyList<string> AllPdfs => Directory.GetFiles(Folder, "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
}
