using System.Collections.Frozen;
using System.Text;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>Readers for hmtx, loca, cmap and name.</summary>
internal sealed partial class TrueTypeFont
{
    private (ushort[] Advances, short[] Bearings) ReadHorizontalMetrics(TrueTypeTable hmtx, int numberOfHMetrics)
    {
        var advances = new ushort[NumberOfGlyphs];
        var bearings = new short[NumberOfGlyphs];
        for (var i = 0; i < NumberOfGlyphs; i++)
        {
            if (i < numberOfHMetrics)
            {
                advances[i] = ReadUInt16(hmtx, i * 4);
                bearings[i] = ReadInt16(hmtx, (i * 4) + 2);
            }
            else
            {
                advances[i] = advances[numberOfHMetrics - 1];
                var position = (numberOfHMetrics * 4) + ((i - numberOfHMetrics) * 2);
                bearings[i] = position + 2 <= hmtx.Length ? ReadInt16(hmtx, position) : (short)0;
            }
        }

        return (advances, bearings);
    }

    private int[] ReadLocations(TrueTypeTable loca, int indexToLocFormat, int glyfLength)
    {
        var offsets = new int[NumberOfGlyphs + 1];
        for (var i = 0; i <= NumberOfGlyphs; i++)
        {
            long offset = indexToLocFormat == 0 ? ReadUInt16(loca, i * 2) * 2L : ReadUInt32(loca, i * 4);
            if (offset > glyfLength || (i > 0 && offset < offsets[i - 1]))
            {
                throw new TrueTypeFormatException($"loca entry {i} is out of order or outside the glyf table.");
            }

            offsets[i] = (int)offset;
        }

        return offsets;
    }

    private FrozenDictionary<int, ushort> ReadCharacterMap(TrueTypeTable cmap)
    {
        int count = ReadUInt16(cmap, 2);
        int best = -1;
        var bestScore = 0;
        for (var i = 0; i < count; i++)
        {
            var platform = ReadUInt16(cmap, 4 + (i * 8));
            var encoding = ReadUInt16(cmap, 6 + (i * 8));
            var offset = (int)ReadUInt32(cmap, 8 + (i * 8));
            if (offset < 0 || offset > cmap.Length - 4)
            {
                continue;
            }

            var format = ReadUInt16(cmap, offset);
            var score = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 3,
                (3, 1, 4) or (0, 3, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (score > bestScore)
            {
                bestScore = score;
                best = offset;
            }
        }

        if (best < 0)
        {
            throw new TrueTypeFormatException("The font has no Unicode cmap subtable of format 4 or 12.");
        }

        var map = new Dictionary<int, ushort>();
        if (ReadUInt16(cmap, best) == 4)
        {
            ReadFormat4(cmap, best, map);
        }
        else
        {
            ReadFormat12(cmap, best, map);
        }

        return map.ToFrozenDictionary();
    }

    // A real cmap maps each code point once; the budget stops crafted tables from looping for minutes.
    private const int MappingBudget = 0x110000;

    private void ReadFormat4(TrueTypeTable cmap, int start, Dictionary<int, ushort> map)
    {
        var budget = MappingBudget;
        var segCount = ReadUInt16(cmap, start + 6) / 2;
        var endCodes = start + 14;
        var startCodes = endCodes + (segCount * 2) + 2;
        var deltas = startCodes + (segCount * 2);
        var rangeOffsets = deltas + (segCount * 2);
        for (var s = 0; s < segCount; s++)
        {
            int end = ReadUInt16(cmap, endCodes + (s * 2));
            int first = ReadUInt16(cmap, startCodes + (s * 2));
            var delta = ReadInt16(cmap, deltas + (s * 2));
            int rangeOffset = ReadUInt16(cmap, rangeOffsets + (s * 2));
            if (first > end)
            {
                continue;
            }

            for (var c = first; c <= end && c != 0xFFFF; c++)
            {
                if (--budget < 0)
                {
                    throw new TrueTypeFormatException("cmap format 4 maps more characters than Unicode has.");
                }

                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var position = rangeOffsets + (s * 2) + rangeOffset + ((c - first) * 2);
                    if (position > cmap.Length - 2)
                    {
                        break;
                    }

                    glyph = ReadUInt16(cmap, position);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0 && glyph < NumberOfGlyphs)
                {
                    map.TryAdd(c, (ushort)glyph);
                }
            }
        }
    }

    private void ReadFormat12(TrueTypeTable cmap, int start, Dictionary<int, ushort> map)
    {
        var groups = ReadUInt32(cmap, start + 12);
        if (groups > (uint)(cmap.Length / 12))
        {
            throw new TrueTypeFormatException("cmap format 12 declares more groups than fit in the table.");
        }

        var budget = MappingBudget;
        for (var g = 0; g < groups; g++)
        {
            var position = start + 16 + (g * 12);
            var first = ReadUInt32(cmap, position);
            var last = ReadUInt32(cmap, position + 4);
            var glyph = ReadUInt32(cmap, position + 8);
            if (last < first || last > 0x10FFFF || last - first > 0xFFFF)
            {
                continue;
            }

            budget -= (int)(last - first + 1);
            if (budget < 0)
            {
                throw new TrueTypeFormatException("cmap format 12 maps more characters than Unicode has.");
            }

            for (var c = first; c <= last; c++)
            {
                var id = glyph + (c - first);
                if (id != 0 && id < NumberOfGlyphs)
                {
                    map.TryAdd((int)c, (ushort)id);
                }
            }
        }
    }

    private string? ReadPostScriptName()
    {
        if (!tables.TryGetValue("name", out var name))
        {
            return null;
        }

        int count = ReadUInt16(name, 2);
        int stringsOffset = ReadUInt16(name, 4);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (i * 12);
            var platform = ReadUInt16(name, record);
            var nameId = ReadUInt16(name, record + 6);
            int length = ReadUInt16(name, record + 8);
            int offset = ReadUInt16(name, record + 10);
            if (nameId != 6 || stringsOffset + offset + length > name.Length)
            {
                continue;
            }

            var bytes = data.AsSpan(name.Offset + stringsOffset + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var clean = new string(text.Where(ch => ch is > ' ' and < (char)127 and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')).ToArray());
            if (clean.Length > 0)
            {
                return clean;
            }
        }

        return null;
    }
}
