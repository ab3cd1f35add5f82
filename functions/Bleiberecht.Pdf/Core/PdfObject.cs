using System.Globalization;
using System.Text;

namespace Bleiberecht.Pdf.Core;

/// <summary>A parsed PDF object. Immutable after parsing, except strings decrypted once when loaded.</summary>
internal abstract class PdfObject
{
}

internal sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }

    public override string ToString() => "null";
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    public bool Value { get; } = value;

    public override string ToString() => Value ? "true" : "false";
}

internal sealed class PdfInteger(long value) : PdfObject
{
    public long Value { get; } = value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class PdfReal(double value) : PdfObject
{
    public double Value { get; } = value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

internal sealed class PdfString(byte[] bytes, bool isHex) : PdfObject
{
    public byte[] Bytes { get; set; } = bytes;

    public bool IsHex { get; } = isHex;

    /// <summary>Text string semantics: UTF-16BE or UTF-8 with BOM, otherwise PDFDocEncoding.</summary>
    public string ToText() => TextStrings.Decode(Bytes);

    public override string ToString() => ToText();
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;

    public int Count => Items.Count;

    public PdfObject this[int index] => Items[index];

    public override string ToString()
    {
        var sb = new StringBuilder("[");
        foreach (var item in Items.Take(8))
        {
            sb.Append(item is PdfArray or PdfDictionary ? "…" : item.ToString()).Append(' ');
        }

        return sb.Append(']').ToString();
    }
}

internal class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public Dictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? Get(string key) => Entries.GetValueOrDefault(key);

    public bool ContainsKey(string key) => Entries.ContainsKey(key);

    public override string ToString() => "<<" + string.Join(' ', Entries.Keys.Take(8).Select(k => "/" + k)) + ">>";
}

/// <summary>A stream: its dictionary and where its raw (encoded, possibly encrypted) bytes sit.</summary>
internal sealed class PdfStream(Dictionary<string, PdfObject> entries, ReadOnlyMemory<byte> raw) : PdfDictionary(entries)
{
    public ReadOnlyMemory<byte> Raw { get; set; } = raw;

    /// <summary>Object number and generation for decryption; 0 when the stream was not a top-level object.</summary>
    public int ObjectNumber { get; set; }

    public int Generation { get; set; }

    public bool IsDecrypted { get; set; }
}
