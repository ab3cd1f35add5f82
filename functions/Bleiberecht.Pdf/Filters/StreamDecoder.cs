using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Filters;

/// <summary>Runs a stream's filter chain. Image codecs are recognised and left encoded.</summary>
internal static class StreamDecoder
{
    private static readonly HashSet<string> ImageFilters = new(StringComparer.Ordinal)
    {
        "DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode",
    };

    public static DecodedStream Decode(ReadOnlyMemory<byte> raw, IReadOnlyList<(string Name, PdfDictionary? Parameters)> filters, ReadBudget budget)
    {
        var limit = budget.Options.MaxDecompressedBytesPerStream;
        var data = raw;
        byte[]? current = null;
        foreach (var (name, parameters) in filters)
        {
            budget.CheckTime();
            if (ImageFilters.Contains(name))
            {
                return new DecodedStream(current ?? data.ToArray(), name);
            }

            current = name switch
            {
                "FlateDecode" or "Fl" => PredictorFilter.Apply(FlateFilter.Decode(data, limit, budget), parameters, limit),
                "LZWDecode" or "LZW" => PredictorFilter.Apply(
                    LzwFilter.Decode(data.Span, (int)(parameters?.Get("EarlyChange").AsInteger() ?? 1) == 0 ? 0 : 1, limit, budget), parameters, limit),
                "ASCIIHexDecode" or "AHx" => AsciiFilters.AsciiHex(data.Span, limit),
                "ASCII85Decode" or "A85" => AsciiFilters.Ascii85(data.Span, limit),
                "RunLengthDecode" or "RL" => AsciiFilters.RunLength(data.Span, limit),
                "Crypt" => data.ToArray(),
                _ => throw new PdfReadException(PdfReadError.BadStreamData, $"Unsupported filter /{Sanitize(name)}."),
            };
            budget.AddDecompressed(current.Length);
            data = current;
        }

        return new DecodedStream(current ?? data.ToArray(), null);
    }

    private static string Sanitize(string name) => new(name.Take(40).Where(c => c is >= ' ' and < (char)127).ToArray());
}

/// <summary>Decoded bytes; <see cref="ImageFilter"/> names the image codec the data is still encoded with, if any.</summary>
internal sealed record DecodedStream(byte[] Data, string? ImageFilter);
