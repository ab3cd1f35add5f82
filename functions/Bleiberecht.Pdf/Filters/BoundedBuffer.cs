namespace Bleiberecht.Pdf.Filters;

/// <summary>A growable output buffer that refuses to grow beyond a limit (decompression bombs stop here).</summary>
internal sealed class BoundedBuffer(long limit, int initialCapacity = 4096)
{
    private byte[] buffer = new byte[Math.Max(16, (int)Math.Min(initialCapacity, Math.Max(16, limit)))];

    public int Count { get; private set; }

    public void Add(byte value)
    {
        Ensure(1);
        buffer[Count++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        Ensure(values.Length);
        values.CopyTo(buffer.AsSpan(Count));
        Count += values.Length;
    }

    public void Repeat(byte value, int count)
    {
        Ensure(count);
        buffer.AsSpan(Count, count).Fill(value);
        Count += count;
    }

    public Span<byte> Written => buffer.AsSpan(0, Count);

    public byte[] ToArray() => buffer.AsSpan(0, Count).ToArray();

    private void Ensure(int extra)
    {
        var needed = (long)Count + extra;
        if (needed > limit)
        {
            throw new PdfReadException(PdfReadError.StreamTooLarge, $"A stream decodes to more than {limit} bytes.");
        }

        if (needed > buffer.Length)
        {
            var size = Math.Min(Math.Max(needed, (long)buffer.Length * 2), Math.Min(limit, Array.MaxLength));
            Array.Resize(ref buffer, (int)size);
        }
    }
}
