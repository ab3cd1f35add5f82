using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Filters;

namespace Bleiberecht.Pdf.Parsing;

internal sealed partial class PdfFile
{
    public int ObjectCount => xref.Count;

    public PdfObject Resolve(PdfObject? value) => value switch
    {
        null => PdfNull.Instance,
        PdfReference r => GetObject(r.Number),
        _ => value,
    };

    public PdfDictionary? ResolveDictionary(PdfObject? value) => Resolve(value) as PdfDictionary;

    public PdfArray? ResolveArray(PdfObject? value) => Resolve(value) as PdfArray;

    public PdfObject GetObject(int number)
    {
        if (cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (resolving.Contains(number))
        {
            // A reference cycle (e.g. a /Length pointing at its own stream): it resolves to null.
            return PdfNull.Instance;
        }

        if (resolving.Count >= MaxResolveDepth)
        {
            throw PdfErrors.TooDeep(MaxResolveDepth);
        }

        Budget.Tick();
        resolving.Add(number);
        PdfObject result;
        try
        {
            result = Load(number);
        }
        finally
        {
            resolving.Remove(number);
        }

        cache[number] = result;
        return result;
    }

    private PdfObject Load(int number)
    {
        if (!xref.TryGetValue(number, out var entry))
        {
            return RepairedLoad(number) ?? PdfNull.Instance;
        }

        switch (entry.Type)
        {
            case XrefEntryType.InFile:
                return LoadAt(entry.Offset, number, decrypt: true) ?? RepairedLoad(number) ?? PdfNull.Instance;
            case XrefEntryType.Compressed:
                return LoadFromObjectStream(entry.StreamNumber, entry.StreamIndex, number) ?? PdfNull.Instance;
            default:
                return PdfNull.Instance;
        }
    }

    private PdfObject? RepairedLoad(int number)
    {
        if (fullRepair)
        {
            return null;
        }

        repairScan ??= RepairScanner.Scan(Data, Budget);
        var loaded = repairScan.Offsets.TryGetValue(number, out var found) ? LoadAt(found.Offset, number, decrypt: true) : null;
        scannedObjects |= loaded is not null;
        return loaded;
    }

    /// <summary>Loads <c>n g obj … endobj</c> at an offset; null when the header is missing or names another object.</summary>
    private PdfObject? LoadAt(long offset, int? expectedNumber, bool decrypt)
    {
        if (offset < 0 || offset >= Data.Length)
        {
            return null;
        }

        var lexer = new Lexer(Data) { Position = (int)offset };
        var num = lexer.Next();
        var gen = lexer.Next();
        var obj = lexer.Next();
        if (num.Kind != TokenKind.Integer || gen.Kind != TokenKind.Integer || !obj.IsKeyword("obj")
            || (expectedNumber is { } expected && num.Integer != expected))
        {
            return null;
        }

        var number = (int)Math.Clamp(num.Integer, 0, int.MaxValue);
        var generation = (int)Math.Clamp(gen.Integer, 0, 65535);
        var parser = new ObjectParser(lexer, Options.MaxNestingDepth, Options.MaxObjects, Budget);
        var value = parser.ParseObject();
        var afterValue = lexer.Position;
        if (value is PdfDictionary dictionary && lexer.Next().IsKeyword("stream"))
        {
            value = ReadStreamData(dictionary, lexer, number, generation);
        }
        else
        {
            lexer.Position = afterValue;
        }

        if (decrypt && security is not null && number != encryptObjectNumber
            && !(value is PdfDictionary d && d.Get("Type").AsName() == "XRef"))
        {
            DecryptStrings(value, number, generation);
        }

        return value;
    }

    private PdfStream ReadStreamData(PdfDictionary dictionary, Lexer lexer, int number, int generation)
    {
        var span = Data.Span;
        var start = lexer.Position;
        if (start < span.Length && span[start] == '\r')
        {
            start++;
        }

        if (start < span.Length && span[start] == '\n')
        {
            start++;
        }

        var declared = Resolve(dictionary.Get("Length")).AsInteger();
        var end = -1L;
        if (declared is { } length && length >= 0 && start + length <= span.Length && EndstreamFollows(span, (int)(start + length)))
        {
            end = start + length;
        }

        if (end < 0)
        {
            var found = span[start..].IndexOf("endstream"u8);
            end = found < 0 ? span.Length : start + found;
            // Trim the end-of-line that precedes endstream.
            if (end > start && span[(int)end - 1] == '\n')
            {
                end--;
            }

            if (end > start && span[(int)end - 1] == '\r')
            {
                end--;
            }
        }

        return new PdfStream(dictionary.Entries, Data[start..(int)end]) { ObjectNumber = number, Generation = generation };
    }

    private static bool EndstreamFollows(ReadOnlySpan<byte> span, int position)
    {
        while (position < span.Length && Lexer.IsWhitespace(span[position]))
        {
            position++;
        }

        return span[position..].StartsWith("endstream"u8);
    }

    private void DecryptStrings(PdfObject root, int number, int generation)
    {
        var stack = new Stack<PdfObject>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case PdfString s:
                    s.Bytes = security!.DecryptString(s.Bytes, number, generation);
                    break;
                case PdfArray a:
                    a.Items.ForEach(stack.Push);
                    break;
                case PdfDictionary d:
                    // A signature dictionary's /Contents is never encrypted (PDF 32000-1 7.6.1).
                    var signature = d.ContainsKey("ByteRange");
                    foreach (var (key, v) in d.Entries)
                    {
                        if (!(signature && key == "Contents"))
                        {
                            stack.Push(v);
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private PdfObject? LoadFromObjectStream(int streamNumber, int index, int number)
    {
        if (!objectStreams.TryGetValue(streamNumber, out var header))
        {
            if (GetObject(streamNumber) is not PdfStream stream)
            {
                return null;
            }

            var data = DecodeStream(stream).Data;
            var count = (int)Math.Clamp(stream.Get("N").AsInteger() ?? 0, 0, Options.MaxObjects);
            var first = (int)Math.Clamp(stream.Get("First").AsInteger() ?? 0, 0, data.Length);
            header = new List<(int, int)>();
            var lexer = new Lexer(data);
            for (var i = 0; i < count; i++)
            {
                var n = lexer.Next();
                var o = lexer.Next();
                if (n.Kind != TokenKind.Integer || o.Kind != TokenKind.Integer || n.Integer is <= 0 or > int.MaxValue || o.Integer < 0 || first + o.Integer >= data.Length)
                {
                    break;
                }

                header.Add(((int)n.Integer, first + (int)o.Integer));
            }

            objectStreams[streamNumber] = header;
            objectStreamData[streamNumber] = data;
        }

        var slot = index < header.Count && header[index].Number == number ? index : header.FindIndex(h => h.Number == number);
        if (slot < 0)
        {
            return null;
        }

        var parser = new ObjectParser(new Lexer(objectStreamData[streamNumber]) { Position = header[slot].Offset }, Options.MaxNestingDepth, Options.MaxObjects, Budget);
        var value = parser.ParseObject();
        return value is PdfStream ? null : value;
    }

    public DecodedStream DecodeStream(PdfStream stream)
    {
        var filters = Filters(stream);
        if (security is not null && !stream.IsDecrypted && stream.ObjectNumber > 0 && stream.ObjectNumber != encryptObjectNumber)
        {
            var type = stream.Get("Type").AsName();
            var identity = filters.Any(f => f.Name == "Crypt" && (f.Parameters?.Get("Name").AsName() ?? "Identity") == "Identity");
            var plainMetadata = type == "Metadata" && !security.EncryptMetadata;
            if (type != "XRef" && !identity && !plainMetadata)
            {
                stream.Raw = security.DecryptStream(stream.Raw.Span, stream.ObjectNumber, stream.Generation);
            }

            stream.IsDecrypted = true;
        }

        return StreamDecoder.Decode(stream.Raw, filters, Budget);
    }

    private List<(string Name, PdfDictionary? Parameters)> Filters(PdfStream stream)
    {
        var filter = Resolve(stream.Get("Filter"));
        var parms = Resolve(stream.Get("DecodeParms") ?? stream.Get("DP"));
        var result = new List<(string, PdfDictionary?)>();
        switch (filter)
        {
            case PdfName name:
                result.Add((name.Value, parms as PdfDictionary ?? (parms as PdfArray)?.Items.Select(Resolve).FirstOrDefault() as PdfDictionary));
                break;
            case PdfArray array:
                for (var i = 0; i < array.Count && i < 16; i++)
                {
                    if (Resolve(array[i]) is PdfName n)
                    {
                        var p = parms is PdfArray pa && i < pa.Count ? Resolve(pa[i]) as PdfDictionary : null;
                        result.Add((n.Value, p));
                    }
                }

                break;
            default:
                break;
        }

        return result;
    }
}
