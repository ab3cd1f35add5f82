using System.Text;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Encryption;
using Bleiberecht.Pdf.Filters;

namespace Bleiberecht.Pdf.Parsing;

/// <summary>
/// The object layer of one PDF: cross-reference chain (tables, streams, hybrid, incremental updates), lazy object
/// loading with cycle and depth checks, object streams, decryption, stream decoding, and a repair scan.
/// </summary>
internal sealed partial class PdfFile
{
    private const int MaxResolveDepth = 32;
    private readonly Dictionary<int, XrefEntry> xref = [];
    private readonly Dictionary<int, PdfObject> cache = [];
    private readonly HashSet<int> resolving = [];
    private readonly Dictionary<int, List<(int Number, int Offset)>> objectStreams = [];
    private readonly Dictionary<int, byte[]> objectStreamData = [];
    private RepairScan? repairScan;
    private StandardSecurityHandler? security;
    private int encryptObjectNumber;
    private bool fullRepair;
    private bool scannedObjects;

    private PdfFile(ReadOnlyMemory<byte> data, ReadBudget budget)
    {
        Data = data;
        Budget = budget;
    }

    public ReadOnlyMemory<byte> Data { get; }

    public ReadBudget Budget { get; }

    public PdfReadOptions Options => Budget.Options;

    public PdfDictionary Trailer { get; private set; } = new(new Dictionary<string, PdfObject>(StringComparer.Ordinal));

    public string Version { get; private set; } = "";

    public int Revisions { get; private set; }

    /// <summary>Whether objects had to be found by scanning (the whole table rebuilt, or single objects at wrong offsets).</summary>
    public bool WasRepaired => fullRepair || scannedObjects;

    public bool IsEncrypted => security is not null;

    public static PdfFile Open(ReadOnlyMemory<byte> data, ReadBudget budget)
    {
        var file = new PdfFile(data, budget);
        file.ReadHeader();
        try
        {
            file.ReadCrossReferences();
            file.SetUpEncryption();
            if (file.Catalog is null)
            {
                throw PdfErrors.Malformed("The trailer's /Root is not a dictionary.");
            }
        }
        catch (PdfReadException ex) when (ex.Reason is PdfReadError.Malformed or PdfReadError.BadStreamData)
        {
            file.Repair();
        }

        return file;
    }

    public PdfDictionary? Catalog => Resolve(Trailer.Get("Root")) as PdfDictionary;

    private void ReadHeader()
    {
        var span = Data.Span;
        var head = span[..Math.Min(span.Length, 1024)];
        var at = head.IndexOf("%PDF-"u8);
        if (at < 0)
        {
            throw new PdfReadException(PdfReadError.NotAPdf, "No %PDF- header in the first 1024 bytes.");
        }

        var end = at + 5;
        while (end < head.Length && end < at + 9 && (char.IsAsciiDigit((char)head[end]) || head[end] == '.'))
        {
            end++;
        }

        Version = Encoding.ASCII.GetString(head[(at + 5)..end]);
    }

    private void ReadCrossReferences()
    {
        long? offset = FindStartXref() ?? throw PdfErrors.Malformed("No startxref.");
        var visited = new HashSet<long>();
        PdfDictionary? newest = null;
        while (offset is { } current)
        {
            Budget.CheckTime();
            if (!visited.Add(current) || visited.Count > 1024)
            {
                break;
            }

            var trailer = ReadSection(current);
            Revisions++;
            if (newest is null)
            {
                newest = trailer;
            }
            else
            {
                foreach (var (key, value) in trailer.Entries)
                {
                    newest.Entries.TryAdd(key, value);
                }
            }

            offset = trailer.Get("Prev").AsInteger();
        }

        if (newest is null || newest.Get("Root") is not PdfReference)
        {
            throw PdfErrors.Malformed("No trailer with /Root.");
        }

        newest.Entries.Remove("Prev");
        Trailer = newest;
    }

    private long? FindStartXref()
    {
        var span = Data.Span;
        var tail = Math.Max(0, span.Length - 4096);
        var at = span[tail..].LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return null;
        }

        var lexer = new Lexer(Data) { Position = tail + at + 9 };
        var token = lexer.Next();
        return token.Kind == TokenKind.Integer && token.Integer >= 0 && token.Integer < span.Length ? token.Integer : null;
    }

    private PdfDictionary ReadSection(long offset)
    {
        if (offset < 0 || offset >= Data.Length)
        {
            throw PdfErrors.Malformed("Cross-reference offset outside the file.");
        }

        var lexer = new Lexer(Data) { Position = (int)offset };
        var first = lexer.Next();
        if (first.IsKeyword("xref"))
        {
            return ReadTable(lexer);
        }

        if (first.Kind == TokenKind.Integer)
        {
            var loaded = LoadAt(offset, expectedNumber: null, decrypt: false);
            if (loaded is PdfStream stream && stream.Get("Type").AsName() == "XRef")
            {
                ReadXrefStream(stream);
                return stream;
            }
        }

        throw PdfErrors.Malformed("No cross-reference section at the startxref offset.");
    }

    private PdfDictionary ReadTable(Lexer lexer)
    {
        var entries = new List<(int Number, XrefEntry Entry)>();
        while (true)
        {
            Budget.Tick();
            var token = lexer.Next();
            if (token.IsKeyword("trailer"))
            {
                break;
            }

            if (token.Kind != TokenKind.Integer)
            {
                throw PdfErrors.Malformed("Broken cross-reference table.");
            }

            var countToken = lexer.Next();
            if (countToken.Kind != TokenKind.Integer || token.Integer < 0 || countToken.Integer < 0 || token.Integer + countToken.Integer > int.MaxValue)
            {
                throw PdfErrors.Malformed("Broken cross-reference subsection.");
            }

            for (var i = 0; i < countToken.Integer; i++)
            {
                Budget.Tick();
                var off = lexer.Next();
                var gen = lexer.Next();
                var kind = lexer.Next();
                if (off.Kind != TokenKind.Integer || gen.Kind != TokenKind.Integer || kind.Kind != TokenKind.Keyword)
                {
                    throw PdfErrors.Malformed("Broken cross-reference entry.");
                }

                var number = (int)(token.Integer + i);
                var entry = kind.Text == "n"
                    ? new XrefEntry(XrefEntryType.InFile, off.Integer, (int)Math.Clamp(gen.Integer, 0, 65535))
                    : new XrefEntry(XrefEntryType.Free, 0, 0);
                entries.Add((number, entry));
                if (entries.Count + xref.Count > Options.MaxObjects)
                {
                    throw new PdfReadException(PdfReadError.TooManyObjects, $"More than {Options.MaxObjects} objects.");
                }
            }
        }

        var parser = new ObjectParser(lexer, Options.MaxNestingDepth, Options.MaxObjects, Budget);
        if (parser.ParseObject() is not PdfDictionary trailer)
        {
            throw PdfErrors.Malformed("Trailer is not a dictionary.");
        }

        // Hybrid files: the stream's entries win over this table's (which marks compressed objects free).
        if (trailer.Get("XRefStm").AsInteger() is { } streamOffset && streamOffset > 0 && streamOffset < Data.Length)
        {
            try
            {
                if (LoadAt(streamOffset, expectedNumber: null, decrypt: false) is PdfStream xs)
                {
                    ReadXrefStream(xs);
                }
            }
            catch (PdfReadException ex) when (ex.Reason is PdfReadError.Malformed or PdfReadError.BadStreamData)
            {
                // The table alone may still be enough.
            }
        }

        foreach (var (number, entry) in entries)
        {
            xref.TryAdd(number, entry);
        }

        return trailer;
    }

    private void ReadXrefStream(PdfStream stream)
    {
        var widths = (stream.Get("W") as PdfArray)?.Items.Select(o => o.AsInt32() ?? -1).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8))
        {
            throw PdfErrors.Malformed("Bad /W in cross-reference stream.");
        }

        var size = stream.Get("Size").AsInteger() ?? 0;
        var index = (stream.Get("Index") as PdfArray)?.Items.Select(o => o.AsInteger() ?? -1).ToArray() ?? [0, size];
        var data = StreamDecoder.Decode(stream.Raw, Filters(stream), Budget).Data;
        var row = widths.Sum();
        if (row == 0)
        {
            throw PdfErrors.Malformed("Empty /W in cross-reference stream.");
        }

        var position = 0;
        for (var k = 0; k + 1 < index.Length; k += 2)
        {
            var start = index[k];
            var count = index[k + 1];
            if (start < 0 || count < 0 || start + count > int.MaxValue)
            {
                throw PdfErrors.Malformed("Bad /Index in cross-reference stream.");
            }

            for (long i = 0; i < count && position + row <= data.Length; i++, position += row)
            {
                Budget.Tick();
                var type = widths[0] == 0 ? 1 : Field(data, position, widths[0]);
                var f2 = Field(data, position + widths[0], widths[1]);
                var f3 = Field(data, position + widths[0] + widths[1], widths[2]);
                var number = (int)(start + i);
                var entry = type switch
                {
                    1 => new XrefEntry(XrefEntryType.InFile, f2, (int)Math.Clamp(f3, 0, 65535)),
                    2 when f2 is > 0 and <= int.MaxValue && f3 is >= 0 and <= int.MaxValue => new XrefEntry(XrefEntryType.Compressed, 0, 0, (int)f2, (int)f3),
                    _ => new XrefEntry(XrefEntryType.Free, 0, 0),
                };
                xref.TryAdd(number, entry);
                if (xref.Count > Options.MaxObjects)
                {
                    throw new PdfReadException(PdfReadError.TooManyObjects, $"More than {Options.MaxObjects} objects.");
                }
            }
        }
    }

    private static long Field(byte[] data, int position, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[position + i];
        }

        return value;
    }

    private void SetUpEncryption()
    {
        var encryptEntry = Trailer.Get("Encrypt");
        if (encryptEntry is null)
        {
            return;
        }

        if (encryptEntry is PdfReference reference)
        {
            encryptObjectNumber = reference.Number;
        }

        if (Resolve(encryptEntry) is not PdfDictionary encrypt)
        {
            throw new PdfReadException(PdfReadError.UnsupportedEncryption, "The /Encrypt entry is not a dictionary.");
        }

        var id = (Resolve(Trailer.Get("ID")) as PdfArray)?.Items.FirstOrDefault() is PdfString s ? s.Bytes : [];
        security = StandardSecurityHandler.Create(encrypt, id, Resolve);

        // Objects loaded before the handler existed (the /Encrypt dictionary, /Root) are loaded again, decrypted.
        cache.Clear();
    }
}
