using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bleiberecht.Pdf.Fonts;

namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// One TrueType font in one document: records the glyphs used and writes them as a Type0 font
/// (Identity-H) over a CIDFontType2 subset with /W widths and a ToUnicode CMap.
/// </summary>
internal sealed class EmbeddedFont(TrueTypeFont program, string resourceName)
{
    private readonly SortedDictionary<ushort, string> used = [];

    public TrueTypeFont Program { get; } = program;

    /// <summary>The key in the page resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; } = resourceName;

    public bool IsUsed => used.Count > 0;

    public void Use(ushort glyphId, string text) => used.TryAdd(glyphId, text);

    /// <summary>Writes the font objects and returns the Type0 font's object number.</summary>
    public int Write(PdfObjectWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var type0 = writer.Allocate();
        var cidFont = writer.Allocate();
        var descriptor = writer.Allocate();
        var fontFile = writer.Allocate();
        var toUnicode = writer.Allocate();
        var baseFont = PdfSyntax.Name(SubsetTag() + "+" + Program.PostScriptName);

        var subset = Program.CreateSubset(used.Keys);
        writer.WriteStream(fontFile, string.Create(CultureInfo.InvariantCulture, $" /Length1 {subset.Length}"), subset);

        var (xMin, yMin, xMax, yMax) = Program.BoundingBox;
        var flags = 4 | (Program.IsFixedPitch ? 1 : 0) | (Program.ItalicAngle != 0 ? 64 : 0);
        writer.WriteObject(descriptor, string.Create(
            CultureInfo.InvariantCulture,
            $"<</Type /FontDescriptor /FontName {baseFont} /Flags {flags} /FontBBox [{Program.To1000(xMin)} {Program.To1000(yMin)} {Program.To1000(xMax)} {Program.To1000(yMax)}] /ItalicAngle {PdfSyntax.Number(Program.ItalicAngle)} /Ascent {Program.To1000(Program.Ascender)} /Descent {Program.To1000(Program.Descender)} /CapHeight {Program.To1000(Program.CapHeight)} /StemV 80 /FontFile2 {fontFile} 0 R>>"));

        writer.WriteObject(cidFont, string.Create(
            CultureInfo.InvariantCulture,
            $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {baseFont} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor {descriptor} 0 R /DW 1000 /W {Widths()} /CIDToGIDMap /Identity>>"));

        writer.WriteStream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(ToUnicodeCMap()));
        writer.WriteObject(type0, string.Create(
            CultureInfo.InvariantCulture,
            $"<</Type /Font /Subtype /Type0 /BaseFont {baseFont} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>"));
        return type0;
    }

    private string Widths()
    {
        var builder = new StringBuilder("[");
        var previous = -2;
        foreach (var glyph in used.Keys)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                {
                    builder.Append("] ");
                }

                builder.Append(glyph.ToString(CultureInfo.InvariantCulture)).Append(" [");
            }
            else
            {
                builder.Append(' ');
            }

            builder.Append(Program.GetAdvanceWidth1000(glyph).ToString(CultureInfo.InvariantCulture));
            previous = glyph;
        }

        return builder.Append(previous >= 0 ? "]]" : "]").ToString();
    }

    private string ToUnicodeCMap()
    {
        var builder = new StringBuilder();
        builder.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = used.ToList();
        for (var start = 0; start < entries.Count; start += 100)
        {
            var chunk = entries.Skip(start).Take(100).ToList();
            builder.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }

            builder.Append("endbfchar\n");
        }

        builder.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return builder.ToString();
    }

    /// <summary>Six capital letters derived from the font and the glyph set (deterministic output).</summary>
    private string SubsetTag()
    {
        var key = Program.PostScriptName + ":" + string.Join(',', used.Keys);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }
}
