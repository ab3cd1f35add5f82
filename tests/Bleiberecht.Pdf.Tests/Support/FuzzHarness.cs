using System.Diagnostics;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Runs the reader over one input the way an upload is read, and deterministic mutations of the fixtures.</summary>
internal static class FuzzHarness
{
    /// <summary>Limits for the robustness suite: the defaults, with a 1 s time budget so each case ends well within 2 s.</summary>
    public static PdfReadOptions Options { get; } = new() { TimeBudget = TimeSpan.FromSeconds(1) };

    public static Outcome Run(byte[] bytes, PdfReadOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var document = PdfDocument.Open(bytes, options);
            foreach (var page in document.GetPages())
            {
                _ = page.Text;
                _ = page.IsImageOnly;
            }

            _ = document.TryGetForm(out _);
            _ = document.GetSignatures();
            return new Outcome(stopwatch.Elapsed, null, null);
        }
        catch (PdfReadException ex)
        {
            return new Outcome(stopwatch.Elapsed, ex.Reason, null);
        }
#pragma warning disable CA1031 // The harness records any other exception as the failure it is looking for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new Outcome(stopwatch.Elapsed, null, ex);
        }
    }

    /// <summary>Deterministic mutations of the seeds: byte flips, truncation, deleted/duplicated chunks, number and keyword damage.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Mutations(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, original) = seeds[i % seeds.Count];
            var kind = random.Next(8);
            var bytes = kind switch
            {
                0 => FlipBytes(original, random),
                1 => original[..random.Next(original.Length)],
                2 => DeleteChunk(original, random),
                3 => DuplicateChunk(original, random),
                4 => DamageNumbers(original, random),
                5 => DamageKeyword(original, random),
                6 => InsertNesting(original, random),
                _ => FlipBytes(DamageNumbers(original, random), random),
            };
            yield return ($"{name}#{i}:m{kind}", bytes);
        }
    }

    private static byte[] FlipBytes(byte[] input, Random random)
    {
        var bytes = (byte[])input.Clone();
        for (var n = random.Next(1, 20); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static byte[] DeleteChunk(byte[] input, Random random)
    {
        var start = random.Next(input.Length);
        var length = Math.Min(input.Length - start, random.Next(1, 2000));
        return [.. input[..start], .. input[(start + length)..]];
    }

    private static byte[] DuplicateChunk(byte[] input, Random random)
    {
        var start = random.Next(input.Length);
        var length = Math.Min(input.Length - start, random.Next(1, 4000));
        var at = random.Next(input.Length);
        return [.. input[..at], .. input.AsSpan(start, length), .. input[at..]];
    }

    private static byte[] DamageNumbers(byte[] input, Random random)
    {
        var text = Encoding.Latin1.GetString(input);
        var sb = new StringBuilder(text);
        string[] replacements = ["0", "-1", "99999999999", "2147483648", "1e308", "4294967295", "3.4.5", "-0"];
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(sb.Length);
            while (at < sb.Length && !char.IsAsciiDigit(sb[at]))
            {
                at++;
            }

            var end = at;
            while (end < sb.Length && char.IsAsciiDigit(sb[end]))
            {
                end++;
            }

            if (end > at)
            {
                sb.Remove(at, end - at).Insert(at, replacements[random.Next(replacements.Length)]);
            }
        }

        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static byte[] DamageKeyword(byte[] input, Random random)
    {
        string[] keywords = ["obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "/Length", "/Kids", "/Root", "/Prev", "/Filter", "R"];
        string[] replacements = ["", "obj", "endstream", "/Kids [1 0 R 1 0 R]", "<<", ">>", "[", "/Length 1 0 R", "/Prev 0", "/Type /Pages", "9 0 R"];
        var text = Encoding.Latin1.GetString(input);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var keyword = keywords[random.Next(keywords.Length)];
            var at = text.IndexOf(keyword, random.Next(text.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), replacements[random.Next(replacements.Length)], text.AsSpan(at + keyword.Length));
            }
        }

        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] InsertNesting(byte[] input, Random random)
    {
        var at = random.Next(input.Length);
        var open = random.Next(2) == 0 ? "[" : "<<";
        var nesting = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat(open, random.Next(10, 5000))));
        return [.. input[..at], .. nesting, .. input[at..]];
    }

    internal sealed record Outcome(TimeSpan Elapsed, PdfReadError? Error, Exception? Unexpected);
}
