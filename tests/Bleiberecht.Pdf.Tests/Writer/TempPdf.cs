namespace Bleiberecht.Pdf.Tests.Writer;

/// <summary>A scratch directory for one test's output files; deleted on dispose.</summary>
internal sealed class TempPdf : IDisposable
{
    public TempPdf()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("bleiberecht-pdf-writer-").FullName;
    }

    public string Directory { get; }

    public string Write(byte[] pdf, string name = "document.pdf")
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
