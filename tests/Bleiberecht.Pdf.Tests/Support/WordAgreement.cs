using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Word-level agreement between two texts: the share of the reference's words (as a multiset, NFKC) that the candidate has too.</summary>
internal static class WordAgreement
{
    public static (double Agreement, int ReferenceWords, int Matched) Compute(string reference, string candidate)
    {
        var expected = Words(reference);
        var actual = Words(candidate).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var matched = 0;
        foreach (var word in expected)
        {
            if (actual.TryGetValue(word, out var count) && count > 0)
            {
                actual[word] = count - 1;
                matched++;
            }
        }

        return (expected.Count == 0 ? 1 : (double)matched / expected.Count, expected.Count, matched);
    }

    public static List<string> Words(string text) =>
        text.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
}
