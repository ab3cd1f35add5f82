using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Parsing;

/// <summary>Finds <c>n g obj</c> headers and <c>trailer</c> dictionaries by scanning the whole file.</summary>
internal static class RepairScanner
{
    public static RepairScan Scan(ReadOnlyMemory<byte> data, ReadBudget budget)
    {
        var span = data.Span;
        var offsets = new Dictionary<int, (long Offset, int Generation)>();
        var trailers = new List<long>();
        var maxObjects = budget.Options.MaxObjects;
        var position = 0;
        while (position < span.Length)
        {
            budget.Tick();
            var found = span[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }

            var at = position + found;
            position = at + 3;
            if (position < span.Length && Lexer.IsRegular(span[position]))
            {
                continue;
            }

            if (TryReadHeader(span, at, out var start, out var number, out var generation))
            {
                offsets[number] = (start, generation);
                if (offsets.Count > maxObjects)
                {
                    throw new PdfReadException(PdfReadError.TooManyObjects, $"More than {maxObjects} objects.");
                }
            }
        }

        position = 0;
        while (position < span.Length)
        {
            budget.Tick();
            var found = span[position..].IndexOf("trailer"u8);
            if (found < 0)
            {
                break;
            }

            trailers.Add(position + found + 7);
            position += found + 7;
        }

        return new RepairScan(offsets, trailers);
    }

    private static bool TryReadHeader(ReadOnlySpan<byte> span, int objAt, out long start, out int number, out int generation)
    {
        start = 0;
        number = 0;
        generation = 0;
        var i = objAt - 1;
        var ws = i;
        while (i >= 0 && Lexer.IsWhitespace(span[i]))
        {
            i--;
        }

        if (i == ws)
        {
            return false;
        }

        var genEnd = i;
        while (i >= 0 && span[i] >= '0' && span[i] <= '9' && genEnd - i < 6)
        {
            i--;
        }

        if (i == genEnd)
        {
            return false;
        }

        var genStart = i + 1;
        ws = i;
        while (i >= 0 && Lexer.IsWhitespace(span[i]))
        {
            i--;
        }

        if (i == ws)
        {
            return false;
        }

        var numEnd = i;
        while (i >= 0 && span[i] >= '0' && span[i] <= '9' && numEnd - i < 10)
        {
            i--;
        }

        if (i == numEnd || (i >= 0 && Lexer.IsRegular(span[i])))
        {
            return false;
        }

        var num = long.Parse(span[(i + 1)..(numEnd + 1)], provider: System.Globalization.CultureInfo.InvariantCulture);
        var gen = long.Parse(span[genStart..(genEnd + 1)], provider: System.Globalization.CultureInfo.InvariantCulture);
        if (num is <= 0 or > int.MaxValue || gen > 65535)
        {
            return false;
        }

        start = i + 1;
        number = (int)num;
        generation = (int)gen;
        return true;
    }
}

internal sealed record RepairScan(Dictionary<int, (long Offset, int Generation)> Offsets, List<long> TrailerPositions);
