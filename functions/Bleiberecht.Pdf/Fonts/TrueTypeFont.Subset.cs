using System.Buffers.Binary;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>
/// Subsetting: a new font file with only the glyphs that were used (plus the composite-glyph components
/// they need). Glyph ids are kept, so a PDF can use <c>/CIDToGIDMap /Identity</c>; unused glyphs become
/// empty and the glyph count is cut after the highest used id.
/// </summary>
internal sealed partial class TrueTypeFont
{
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "name", "prep"];

    /// <summary>Writes a subset font holding <paramref name="glyphIds"/>, glyph 0 and their components.</summary>
    public byte[] CreateSubset(IEnumerable<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(glyphIds);
        var keep = CloseOverComponents(glyphIds);
        var glyphCount = keep.Max + 1;

        var glyf = new MemoryStream();
        var loca = new byte[(glyphCount + 1) * 4];
        var hmtx = new byte[glyphCount * 4];
        for (var gid = 0; gid < glyphCount; gid++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(gid * 4), (uint)glyf.Position);
            if (keep.Contains(gid))
            {
                glyf.Write(GlyphData((ushort)gid));
                while (glyf.Position % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }

            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(gid * 4), advanceWidths[gid]);
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((gid * 4) + 2), leftSideBearings[gid]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphCount * 4), (uint)glyf.Position);

        var head = TableBytes("head");
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        var hhea = TableBytes("hhea");
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)glyphCount);
        var maxp = TableBytes("maxp");
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphCount);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf.ToArray(),
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["maxp"] = maxp,
            ["post"] = PostFormat3(),
        };
        foreach (var tag in CopiedTables)
        {
            if (tables.ContainsKey(tag))
            {
                output[tag] = TableBytes(tag);
            }
        }

        return TrueTypeFileWriter.Write(output);
    }

    private SortedSet<int> CloseOverComponents(IEnumerable<ushort> glyphIds)
    {
        var keep = new SortedSet<int> { 0 };
        var pending = new Stack<int>();
        foreach (var gid in glyphIds)
        {
            if (gid < NumberOfGlyphs && keep.Add(gid))
            {
                pending.Push(gid);
            }
        }

        while (pending.Count > 0)
        {
            foreach (var component in ComponentsOf((ushort)pending.Pop()))
            {
                if (component < NumberOfGlyphs && keep.Add(component))
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    /// <summary>Length in bytes of a glyph's outline data (0 for an empty glyph).</summary>
    public int GlyphLength(ushort glyphId) => glyphOffsets[glyphId + 1] - glyphOffsets[glyphId];

    private ReadOnlySpan<byte> GlyphData(ushort glyphId)
    {
        var glyf = Table("glyf");
        var start = glyphOffsets[glyphId];
        var end = glyphOffsets[glyphId + 1];
        return data.AsSpan(glyf.Offset + start, end - start);
    }

    /// <summary>The glyph ids a composite glyph is made of (empty for simple glyphs).</summary>
    public List<int> ComponentsOf(ushort glyphId)
    {
        var glyph = GlyphData(glyphId);
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        const int ArgsAreWords = 0x0001, HaveScale = 0x0008, MoreComponents = 0x0020, XAndYScale = 0x0040, TwoByTwo = 0x0080;
        var position = 10;
        int flags;
        do
        {
            if (position + 4 > glyph.Length)
            {
                throw new TrueTypeFormatException($"Composite glyph {glyphId} is truncated.");
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[position..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(position + 2)..]));
            position += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            position += (flags & HaveScale) != 0 ? 2 : (flags & XAndYScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    private byte[] TableBytes(string tag)
    {
        var table = Table(tag);
        return data.AsSpan(table.Offset, table.Length).ToArray();
    }

    private byte[] PostFormat3()
    {
        var post = new byte[32];
        if (tables.TryGetValue("post", out var original) && original.Length >= 32)
        {
            data.AsSpan(original.Offset, 32).CopyTo(post);
        }

        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        post.AsSpan(16).Clear();
        return post;
    }
}
