using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Builds small PDFs object by object, for structures no tool will write (cycles, bombs, broken xref).</summary>
internal sealed class HandMadePdf
{
    private readonly List<byte[]> bodies = [];

    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    public int Add(byte[] body)
    {
        bodies.Add(body);
        return bodies.Count;
    }

    public int Reserve() => Add([]);

    public void Set(int number, string body) => bodies[number - 1] = Encoding.Latin1.GetBytes(body);

    public void Set(int number, byte[] body) => bodies[number - 1] = body;

    public int AddStream(string dictionaryEntries, byte[] data) => Add(Stream(dictionaryEntries, data));

    public static byte[] Stream(string dictionaryEntries, byte[] data, long? declaredLength = null)
    {
        var head = Encoding.Latin1.GetBytes($"<<{dictionaryEntries} /Length {(declaredLength ?? data.Length).ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        return [.. head, .. data, .. "\nendstream"u8];
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Writes the file with a classic cross-reference table.</summary>
    public byte[] Build(int root, string trailerExtra = "", string header = "%PDF-1.7")
    {
        using var output = new MemoryStream();
        output.Write(Encoding.Latin1.GetBytes(header + "\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new long[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            offsets[i] = output.Position;
            output.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(bodies[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {bodies.Count + 1} /Root {root} 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(sb.ToString()));
        return output.ToArray();
    }

    /// <summary>A one-page document showing <paramref name="content"/> (a content stream) with Helvetica as /F1.</summary>
    public static HandMadePdf OnePage(string content, out int root)
    {
        var pdf = new HandMadePdf();
        root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(content));
        return pdf;
    }

    /// <summary>Appends an incremental update (new versions of objects, a classic xref section with /Prev).</summary>
    public static byte[] AppendUpdate(byte[] original, IReadOnlyDictionary<int, string> objects, string rootReference, int size, string trailerExtra = "")
    {
        var text = Encoding.Latin1.GetString(original);
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var prev = long.Parse(text[(startxref + 9)..].Trim().Split('\n', '\r')[0].Trim(), CultureInfo.InvariantCulture);
        using var output = new MemoryStream();
        output.Write(original);
        if (original[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n"));
        }

        var xref = output.Position;
        var sb = new StringBuilder("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {rootReference} /Prev {prev} {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(sb.ToString()));
        return output.ToArray();
    }
}
