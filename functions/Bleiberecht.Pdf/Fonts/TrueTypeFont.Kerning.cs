using System.Collections.Frozen;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>Pair kerning from the legacy 'kern' table (format 0, horizontal subtables).</summary>
internal sealed partial class TrueTypeFont
{
    private FrozenDictionary<uint, short>? kerning;

    /// <summary>The kerning adjustment between two glyphs in design units (negative = closer), 0 when none.</summary>
    public int GetKerning(ushort left, ushort right)
    {
        kerning ??= ReadKerning();
        return kerning.TryGetValue(((uint)left << 16) | right, out var value) ? value : 0;
    }

    private FrozenDictionary<uint, short> ReadKerning()
    {
        var pairs = new Dictionary<uint, short>();
        if (!tables.TryGetValue("kern", out var kern) || kern.Length < 4 || ReadUInt16(kern, 0) != 0)
        {
            return pairs.ToFrozenDictionary();
        }

        int count = ReadUInt16(kern, 2);
        var position = 4;
        for (var t = 0; t < count && position + 6 <= kern.Length; t++)
        {
            int length = ReadUInt16(kern, position + 2);
            var coverage = ReadUInt16(kern, position + 4);
            var horizontal = (coverage & 0x1) != 0;
            var minimumOrCrossStream = (coverage & 0x6) != 0;
            if ((coverage >> 8) == 0 && horizontal && !minimumOrCrossStream && position + 14 <= kern.Length)
            {
                int pairCount = ReadUInt16(kern, position + 6);
                for (var p = 0; p < pairCount && position + 14 + (p * 6) + 6 <= kern.Length; p++)
                {
                    var entry = position + 14 + (p * 6);
                    var key = ((uint)ReadUInt16(kern, entry) << 16) | ReadUInt16(kern, entry + 2);
                    pairs.TryAdd(key, ReadInt16(kern, entry + 4));
                }
            }

            if (length < 6)
            {
                break;
            }

            position += length;
        }

        return pairs.ToFrozenDictionary();
    }
}
