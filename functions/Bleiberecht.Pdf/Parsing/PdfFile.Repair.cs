using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Parsing;

internal sealed partial class PdfFile
{
    /// <summary>Rebuilds the cross-reference table by scanning the file for objects and trailers.</summary>
    private void Repair()
    {
        Budget.CheckTime();
        repairScan ??= RepairScanner.Scan(Data, Budget);
        xref.Clear();
        cache.Clear();
        objectStreams.Clear();
        objectStreamData.Clear();
        security = null;
        fullRepair = true;
        Revisions = Math.Max(Revisions, 1);
        foreach (var (number, (offset, generation)) in repairScan.Offsets)
        {
            xref[number] = new XrefEntry(XrefEntryType.InFile, offset, generation);
        }

        if (xref.Count == 0)
        {
            throw new PdfReadException(PdfReadError.NotAPdf, "No objects found in the file.");
        }

        var trailer = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        foreach (var position in repairScan.TrailerPositions)
        {
            var parser = new ObjectParser(new Lexer(Data) { Position = (int)position }, Options.MaxNestingDepth, Options.MaxObjects, Budget);
            if (parser.ParseObject() is PdfDictionary found)
            {
                foreach (var (key, value) in found.Entries)
                {
                    trailer[key] = value;
                }
            }
        }

        // Index objects inside object streams and find cross-reference streams and the catalog.
        PdfReference? catalog = null;
        var objectStreamNumbers = new List<int>();
        foreach (var number in repairScan.Offsets.Keys.Order().ToArray())
        {
            Budget.Tick();
            PdfObject loaded;
            try
            {
                loaded = LoadAt(repairScan.Offsets[number].Offset, number, decrypt: false) ?? PdfNull.Instance;
            }
            catch (PdfReadException ex) when (ex.Reason is PdfReadError.Malformed or PdfReadError.BadStreamData)
            {
                continue;
            }

            if (loaded is not PdfDictionary dictionary)
            {
                continue;
            }

            switch (dictionary.Get("Type").AsName())
            {
                case "XRef" when dictionary.Get("Root") is PdfReference:
                    foreach (var key in new[] { "Root", "Info", "Encrypt", "ID" })
                    {
                        if (dictionary.Get(key) is { } value)
                        {
                            trailer.TryAdd(key, value);
                        }
                    }

                    break;
                case "Catalog":
                    catalog ??= new PdfReference(number, 0);
                    break;
                case "ObjStm" when dictionary is PdfStream:
                    objectStreamNumbers.Add(number);
                    break;
                default:
                    break;
            }
        }

        if ((trailer.GetValueOrDefault("Root") is not PdfReference root || ResolveDictionary(root) is null) && catalog is not null)
        {
            trailer["Root"] = catalog;
        }

        trailer.Remove("Prev");
        trailer.Remove("XRefStm");
        Trailer = new PdfDictionary(trailer);
        cache.Clear();
        SetUpEncryption();
        foreach (var number in objectStreamNumbers)
        {
            IndexObjectStream(number);
        }

        if ((Trailer.Get("Root") is not PdfReference || Catalog is null) && catalog is null)
        {
            foreach (var number in xref.Keys.Order().ToArray())
            {
                Budget.Tick();
                if (GetObject(number) is PdfDictionary d && d.Get("Type").AsName() == "Catalog")
                {
                    Trailer.Entries["Root"] = new PdfReference(number, 0);
                    break;
                }
            }
        }

        if (Catalog is null)
        {
            throw new PdfReadException(PdfReadError.Malformed, "No document catalog found, even by scanning the file.");
        }
    }

    private void IndexObjectStream(int streamNumber)
    {
        try
        {
            _ = LoadFromObjectStream(streamNumber, 0, 0);
        }
        catch (PdfReadException ex) when (ex.Reason is PdfReadError.Malformed or PdfReadError.BadStreamData)
        {
            return;
        }

        if (!objectStreams.TryGetValue(streamNumber, out var header))
        {
            return;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (!xref.ContainsKey(header[i].Number))
            {
                xref[header[i].Number] = new XrefEntry(XrefEntryType.Compressed, 0, 0, streamNumber, i);
                if (xref.Count > Options.MaxObjects)
                {
                    throw new PdfReadException(PdfReadError.TooManyObjects, $"More than {Options.MaxObjects} objects.");
                }
            }
        }
    }
}
