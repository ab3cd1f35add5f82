using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Bleiberecht.Pdf.Writer;

/// <summary>Writes numbered indirect objects, then the cross-reference table and trailer.</summary>
internal sealed class PdfObjectWriter
{
    private readonly MemoryStream output = new();
    private readonly List<long> offsets = [0];

    public PdfObjectWriter()
    {
        // Header plus a comment of high bytes so tools treat the file as binary (PDF/A requires it).
        WriteAscii("%PDF-1.7\n");
        output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>Reserves the next object number.</summary>
    public int Allocate()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    public void WriteObject(int number, string body)
    {
        Begin(number);
        WriteAscii(body);
        WriteAscii("\nendobj\n");
    }

    /// <summary>Writes a stream object; <paramref name="dictionary"/> holds the entries without /Length and /Filter.</summary>
    public void WriteStream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        ReadOnlySpan<byte> body = compress ? Deflate(data) : data;
        Begin(number);
        var filter = compress ? " /Filter /FlateDecode" : string.Empty;
        WriteAscii(string.Create(CultureInfo.InvariantCulture, $"<<{dictionary} /Length {body.Length}{filter}>>\nstream\n"));
        output.Write(body);
        WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>Writes a stream whose bytes are already encoded with <paramref name="filterEntries"/>.</summary>
    public void WriteEncodedStream(int number, string dictionary, ReadOnlySpan<byte> encoded)
    {
        Begin(number);
        WriteAscii(string.Create(CultureInfo.InvariantCulture, $"<<{dictionary} /Length {encoded.Length}>>\nstream\n"));
        output.Write(encoded);
        WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>Writes xref and trailer; the file id is a hash of everything written before.</summary>
    public byte[] Finish(int catalog, int info)
    {
        for (var i = 1; i < offsets.Count; i++)
        {
            if (offsets[i] < 0)
            {
                throw new InvalidOperationException($"Object {i} was allocated but never written.");
            }
        }

        var id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length))[..16]);
        var xref = output.Position;
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count}\n0000000000 65535 f \n");
        for (var i = 1; i < offsets.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{offsets[i]:0000000000} 00000 n \n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {offsets.Count} /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        WriteAscii(builder.ToString());
        return output.ToArray();
    }

    internal static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    private void Begin(int number)
    {
        if (offsets[number] >= 0)
        {
            throw new InvalidOperationException($"Object {number} was written twice.");
        }

        offsets[number] = output.Position;
        WriteAscii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
    }

    private void WriteAscii(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        output.Write(bytes);
    }
}
