using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text;

namespace Bleiberecht.Pdf.Fonts;

/// <summary>
/// A parsed TrueType (glyf-outline) font: the tables needed to measure text, map characters to glyphs
/// and write subsets. Parsing checks every offset; a broken font fails with <see cref="TrueTypeFormatException"/>.
/// </summary>
internal sealed partial class TrueTypeFont
{
    private readonly byte[] data;
    private readonly FrozenDictionary<string, TrueTypeTable> tables;
    private readonly FrozenDictionary<int, ushort> characterToGlyph;
    private readonly ushort[] advanceWidths;
    private readonly short[] leftSideBearings;
    private readonly int[] glyphOffsets;

    private TrueTypeFont(byte[] data, FrozenDictionary<string, TrueTypeTable> tables)
    {
        this.data = data;
        this.tables = tables;

        var head = Table("head");
        UnitsPerEm = ReadUInt16(head, 18);
        if (UnitsPerEm is < 16 or > 16384)
        {
            throw new TrueTypeFormatException($"head.unitsPerEm {UnitsPerEm} is out of range.");
        }

        BoundingBox = (ReadInt16(head, 36), ReadInt16(head, 38), ReadInt16(head, 40), ReadInt16(head, 42));
        var indexToLocFormat = ReadInt16(head, 50);

        NumberOfGlyphs = ReadUInt16(Table("maxp"), 4);
        var hhea = Table("hhea");
        Ascender = ReadInt16(hhea, 4);
        Descender = ReadInt16(hhea, 6);
        LineGap = ReadInt16(hhea, 8);
        var numberOfHMetrics = ReadUInt16(hhea, 34);
        if (numberOfHMetrics == 0 || numberOfHMetrics > NumberOfGlyphs)
        {
            throw new TrueTypeFormatException("hhea.numberOfHMetrics is inconsistent with maxp.numGlyphs.");
        }

        (advanceWidths, leftSideBearings) = ReadHorizontalMetrics(Table("hmtx"), numberOfHMetrics);
        glyphOffsets = ReadLocations(Table("loca"), indexToLocFormat, Table("glyf").Length);
        characterToGlyph = tables.TryGetValue("cmap", out var cmap) ? ReadCharacterMap(cmap) : FrozenDictionary<int, ushort>.Empty;

        if (tables.TryGetValue("OS/2", out var os2) && os2.Length >= 78)
        {
            var version = ReadUInt16(os2, 0);
            CapHeight = version >= 2 && os2.Length >= 90 ? ReadInt16(os2, 88) : (short)(Ascender * 0.7);
        }
        else
        {
            CapHeight = (short)(Ascender * 0.7);
        }

        if (tables.TryGetValue("post", out var post) && post.Length >= 16)
        {
            ItalicAngle = ReadInt16(post, 4) + (ReadUInt16(post, 6) / 65536.0);
            IsFixedPitch = ReadUInt32(post, 12) != 0;
        }

        PostScriptName = ReadPostScriptName() ?? "Font";
    }

    /// <summary>Design units per em (1000 or 2048 for the shipped fonts).</summary>
    public int UnitsPerEm { get; }

    public int NumberOfGlyphs { get; }

    public short Ascender { get; }

    public short Descender { get; }

    public short LineGap { get; }

    public short CapHeight { get; }

    public double ItalicAngle { get; }

    public bool IsFixedPitch { get; }

    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }

    /// <summary>The PostScript name (name id 6), restricted to characters allowed in a PDF name.</summary>
    public string PostScriptName { get; }

    /// <summary>Parses a TrueType font file (sfnt version 0x00010000 or 'true'; no collections, no CFF).</summary>
    public static TrueTypeFont Parse(byte[] data) => Parse(data, requireCharacterMap: true);

    /// <summary>Parses a font; subsets written by this library have no cmap and are read with <paramref name="requireCharacterMap"/> false.</summary>
    public static TrueTypeFont Parse(byte[] data, bool requireCharacterMap)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 12)
        {
            throw new TrueTypeFormatException("The data is too short to be a TrueType font.");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new TrueTypeFormatException(version == 0x4F54544F
                ? "OpenType fonts with CFF outlines are not supported; use a TrueType (glyf) font."
                : "The data is not a TrueType font (unknown sfnt version).");
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (12 + (count * 16) > data.Length)
        {
            throw new TrueTypeFormatException("The table directory runs past the end of the font.");
        }

        var tables = new Dictionary<string, TrueTypeTable>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = data.AsSpan(12 + (i * 16), 16);
            var tag = Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (offset > (uint)data.Length || length > (uint)data.Length - offset)
            {
                throw new TrueTypeFormatException($"Table '{tag}' lies outside the font data.");
            }

            tables[tag] = new TrueTypeTable(tag, (int)offset, (int)length);
        }

        foreach (var required in (string[])["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"])
        {
            if (!tables.ContainsKey(required) && (requireCharacterMap || required != "cmap"))
            {
                throw new TrueTypeFormatException($"The font has no '{required}' table.");
            }
        }

        return new TrueTypeFont(data, tables.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Maps a Unicode scalar value to a glyph id; false when the font has no glyph for it.</summary>
    public bool TryGetGlyph(int codePoint, out ushort glyphId)
    {
        return characterToGlyph.TryGetValue(codePoint, out glyphId) && glyphId != 0;
    }

    /// <summary>The advance width of a glyph in design units.</summary>
    public int GetAdvanceWidth(ushort glyphId) => glyphId < advanceWidths.Length ? advanceWidths[glyphId] : advanceWidths[^1];

    /// <summary>The advance width of a glyph in 1/1000 text space units, as PDF /W arrays want it.</summary>
    public int GetAdvanceWidth1000(ushort glyphId) => (int)Math.Round(GetAdvanceWidth(glyphId) * 1000.0 / UnitsPerEm);

    /// <summary>Scales design units to PDF glyph space (1/1000 em).</summary>
    public int To1000(int designUnits) => (int)Math.Round(designUnits * 1000.0 / UnitsPerEm);

    private TrueTypeTable Table(string tag) => tables[tag];

    private ushort ReadUInt16(TrueTypeTable table, int position)
    {
        Check(table, position, 2);
        return BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(table.Offset + position));
    }

    private short ReadInt16(TrueTypeTable table, int position)
    {
        Check(table, position, 2);
        return BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(table.Offset + position));
    }

    private uint ReadUInt32(TrueTypeTable table, int position)
    {
        Check(table, position, 4);
        return BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(table.Offset + position));
    }

    private static void Check(TrueTypeTable table, int position, int size)
    {
        if (position < 0 || position > table.Length - size)
        {
            throw new TrueTypeFormatException($"Read past the end of table '{table.Tag}'.");
        }
    }
}
