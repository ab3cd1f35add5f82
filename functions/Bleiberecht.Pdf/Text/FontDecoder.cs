using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;

namespace Bleiberecht.Pdf.Text;

/// <summary>
/// Turns the bytes of a text-showing string into glyphs for one font: simple fonts (base encodings, <c>/Differences</c>,
/// glyph names), Type3, and Type0 with Identity or embedded CMaps; ToUnicode wins wherever it has an entry.
/// </summary>
internal sealed class FontDecoder
{
    private const int MaxWidthEntries = 100_000;
    private string[]? simpleTable;
    private double[]? simpleWidths;
    private int firstChar;
    private double missingWidth = 500;
    private Dictionary<int, double>? cidWidths;
    private double defaultWidth = 1000;
    private double widthScale = 0.001;
    private CMap? toUnicode;
    private CMap? encodingCMap;
    private bool composite;
    private bool unicodeCodes;

    public string Name { get; private set; } = "";

    public static FontDecoder Create(PdfDictionary? font, PdfFile file)
    {
        var decoder = new FontDecoder();
        if (font is null)
        {
            decoder.simpleTable = SimpleEncodings.Standard;
            return decoder;
        }

        decoder.Name = file.Resolve(font.Get("BaseFont")).AsName() ?? file.Resolve(font.Get("Name")).AsName() ?? "";
        if (file.Resolve(font.Get("ToUnicode")) is PdfStream toUnicode)
        {
            try
            {
                decoder.toUnicode = CMap.Parse(file.DecodeStream(toUnicode).Data, file.Budget);
            }
            catch (PdfReadException ex) when (ex.Reason is PdfReadError.BadStreamData or PdfReadError.Malformed)
            {
                decoder.toUnicode = null;
            }
        }

        var subtype = file.Resolve(font.Get("Subtype")).AsName();
        if (subtype == "Type0")
        {
            decoder.InitComposite(font, file);
        }
        else
        {
            decoder.InitSimple(font, file, subtype);
        }

        return decoder;
    }

    public void Decode(ReadOnlySpan<byte> bytes, List<Glyph> output)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (!composite)
            {
                var code = bytes[i++];
                var text = toUnicode?.Lookup(code) ?? simpleTable![code];
                if (string.IsNullOrEmpty(text) && code >= 0x20)
                {
                    text = SimpleEncodings.WinAnsi[code];
                }

                var width = simpleWidths is not null && code >= firstChar && code - firstChar < simpleWidths.Length ? simpleWidths[code - firstChar] : missingWidth;
                output.Add(new Glyph(text, width * widthScale, code == 32));
                continue;
            }

            var (value, length) = encodingCMap is not null ? encodingCMap.ReadCode(bytes, i, 2) : ReadTwoBytes(bytes, i);
            i += length;
            var cid = encodingCMap?.Cid(value) ?? (int)value;
            var unicode = toUnicode?.Lookup(value) ?? (unicodeCodes ? ((char)value).ToString() : "");
            var w = cidWidths is not null && cidWidths.TryGetValue(cid, out var cw) ? cw : defaultWidth;
            output.Add(new Glyph(unicode, w * widthScale, length == 1 && value == 32));
        }
    }

    private static (uint, int) ReadTwoBytes(ReadOnlySpan<byte> bytes, int i) =>
        i + 1 < bytes.Length ? ((uint)((bytes[i] << 8) | bytes[i + 1]), 2) : (bytes[i], 1);

    private void InitSimple(PdfDictionary font, PdfFile file, string? subtype)
    {
        var descriptor = file.ResolveDictionary(font.Get("FontDescriptor"));
        var flags = file.Resolve(descriptor?.Get("Flags")).AsInteger() ?? 0;
        var encoding = file.Resolve(font.Get("Encoding"));
        var defaultTable = subtype is "TrueType" ? SimpleEncodings.WinAnsi : SimpleEncodings.Standard;
        var builtIn = encoding is null or PdfNull || encoding is PdfDictionary && file.Resolve(((PdfDictionary)encoding).Get("BaseEncoding")) is null or PdfNull;
        var table = (string[])(SimpleEncodings.ByName(encoding.AsName())
            ?? SimpleEncodings.ByName(file.Resolve((encoding as PdfDictionary)?.Get("BaseEncoding")).AsName())
            ?? (builtIn && subtype is not "TrueType" && ZapfDingbatsEncoding.IsZapfDingbats(Name) ? ZapfDingbatsEncoding.Table : null)
            ?? ((flags & 4) != 0 && subtype is "TrueType" ? Latin1() : defaultTable)).Clone();
        if (encoding is PdfDictionary encodingDictionary && file.ResolveArray(encodingDictionary.Get("Differences")) is { } differences)
        {
            var code = 0;
            foreach (var item in differences.Items.Take(1024))
            {
                switch (file.Resolve(item))
                {
                    case PdfInteger i:
                        code = (int)Math.Clamp(i.Value, 0, 256);
                        break;
                    case PdfName n when code < 256:
                        table[code++] = GlyphNames.ToUnicode(n.Value) ?? "";
                        break;
                    default:
                        break;
                }
            }
        }

        simpleTable = table;
        firstChar = (int)Math.Clamp(file.Resolve(font.Get("FirstChar")).AsInteger() ?? 0, 0, 255);
        if (file.ResolveArray(font.Get("Widths")) is { } widths)
        {
            simpleWidths = widths.Items.Take(256).Select(w => file.Resolve(w).AsNumber() ?? 0).ToArray();
        }

        missingWidth = file.Resolve(descriptor?.Get("MissingWidth")).AsNumber() ?? (Name.Contains("Courier", StringComparison.Ordinal) ? 600 : 500);
        if (subtype == "Type3" && file.ResolveArray(font.Get("FontMatrix")) is { Count: 6 } matrix && file.Resolve(matrix[0]).AsNumber() is { } scale
            && scale != 0 && Math.Abs(scale) < 1e3)
        {
            widthScale = scale;
        }
    }

    private static string[] Latin1() => Enumerable.Range(0, 256).Select(i => ((char)i).ToString()).ToArray();

    private void InitComposite(PdfDictionary font, PdfFile file)
    {
        composite = true;
        var encoding = file.Resolve(font.Get("Encoding"));
        switch (encoding)
        {
            case PdfName name:
                unicodeCodes = name.Value.Contains("UCS2", StringComparison.Ordinal) || name.Value.Contains("UTF16", StringComparison.Ordinal);
                break;
            case PdfStream stream:
                try
                {
                    encodingCMap = CMap.Parse(file.DecodeStream(stream).Data, file.Budget);
                    if (!encodingCMap.HasCodespaces)
                    {
                        encodingCMap = null;
                    }
                }
                catch (PdfReadException ex) when (ex.Reason is PdfReadError.BadStreamData or PdfReadError.Malformed)
                {
                    encodingCMap = null;
                }

                break;
            default:
                break;
        }

        var descendant = file.ResolveDictionary(file.ResolveArray(font.Get("DescendantFonts"))?.Items.FirstOrDefault());
        if (descendant is null)
        {
            return;
        }

        defaultWidth = file.Resolve(descendant.Get("DW")).AsNumber() ?? 1000;
        if (file.ResolveArray(descendant.Get("W")) is not { } w)
        {
            return;
        }

        cidWidths = [];
        var items = w.Items;
        for (var i = 0; i < items.Count && cidWidths.Count < MaxWidthEntries;)
        {
            file.Budget.Tick();
            var first = file.Resolve(items[i]).AsInteger();
            if (first is null || i + 1 >= items.Count)
            {
                break;
            }

            if (file.Resolve(items[i + 1]) is PdfArray list)
            {
                for (var k = 0; k < list.Count && cidWidths.Count < MaxWidthEntries; k++)
                {
                    cidWidths[(int)Math.Clamp(first.Value + k, 0, int.MaxValue)] = file.Resolve(list[k]).AsNumber() ?? defaultWidth;
                }

                i += 2;
            }
            else if (i + 2 < items.Count && file.Resolve(items[i + 1]).AsInteger() is { } last)
            {
                var width = file.Resolve(items[i + 2]).AsNumber() ?? defaultWidth;
                for (var c = first.Value; c <= last && cidWidths.Count < MaxWidthEntries; c++)
                {
                    cidWidths[(int)Math.Clamp(c, 0, int.MaxValue)] = width;
                }

                i += 3;
            }
            else
            {
                break;
            }
        }
    }
}
