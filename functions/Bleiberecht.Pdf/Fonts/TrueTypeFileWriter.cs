using System.Buffers.Binary;
using System.Text;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>Writes an sfnt file from tables: directory, 4-byte alignment, checksums and head.checkSumAdjustment.</summary>
internal static class TrueTypeFileWriter
{
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + (count * 16);
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[total];
        var span = file.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));

        var offset = headerLength;
        var index = 0;
        var headOffset = -1;
        foreach (var (tag, bytes) in tables)
        {
            var entry = span.Slice(12 + (index * 16), 16);
            Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)bytes.Length);
            bytes.CopyTo(span[offset..]);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (bytes.Length + 3) & ~3;
            index++;
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(file)));
        }

        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        if (i < bytes.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            bytes[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }

        return sum;
    }
}
