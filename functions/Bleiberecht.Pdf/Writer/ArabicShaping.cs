using System.Collections.Frozen;

namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// Contextual Arabic letter forms through the Unicode presentation-form code points (isolated, final,
/// initial, medial) and the mandatory lam-alef ligatures. Works on logical order, before visual reordering.
/// Enough for names in Arabic, Persian, Dari, Pashto and Urdu script to join; no full OpenType shaping.
/// </summary>
internal static class ArabicShaping
{
    private const int Lam = 0x0644;

    // Base letter -> first presentation form and how many forms it has (1 = non-joining, 2 = right-joining, 4 = dual-joining).
    private static readonly FrozenDictionary<int, (int First, int Forms)> Letters = BuildLetters();

    private static readonly FrozenDictionary<int, int> LamAlef = new Dictionary<int, int>
    {
        [0x0622] = 0xFEF5,
        [0x0623] = 0xFEF7,
        [0x0625] = 0xFEF9,
        [0x0627] = 0xFEFB,
    }.ToFrozenDictionary();

    public static bool Applies(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>Rewrites code points to their contextual forms; each result keeps the original text for ToUnicode.</summary>
    public static List<(int CodePoint, string Text)> Shape(List<(int CodePoint, string Text)> input)
    {
        var output = new List<(int, string)>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var (value, text) = input[i];
            if (!Letters.TryGetValue(value, out var letter) || letter.Forms == 1)
            {
                output.Add((value, text));
                continue;
            }

            var previous = Neighbour(input, i, -1);
            var joinsPrevious = previous >= 0 && JoinsForward(input[previous].CodePoint);
            var next = Neighbour(input, i, +1);
            if (value == Lam && next >= 0 && LamAlef.TryGetValue(input[next].CodePoint, out var ligature))
            {
                output.Add((ligature + (joinsPrevious ? 1 : 0), text + input[next].Text));
                for (var skipped = i + 1; skipped < next; skipped++)
                {
                    output.Add(input[skipped]);
                }

                i = next;
                continue;
            }

            var joinsNext = letter.Forms == 4 && next >= 0 && JoinsBackward(input[next].CodePoint);
            var form = (joinsPrevious, joinsNext) switch
            {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (true, true) => 3,
            };
            output.Add((letter.First + form, text));
        }

        return output;
    }

    private static int Neighbour(List<(int CodePoint, string Text)> input, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < input.Count; i += step)
        {
            if (!IsTransparent(input[i].CodePoint))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsTransparent(int value) => value is (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x06D6 and <= 0x06ED);

    private static bool JoinsForward(int value) => value == 0x0640 || (Letters.TryGetValue(value, out var letter) && letter.Forms == 4);

    private static bool JoinsBackward(int value) => value == 0x0640 || (Letters.TryGetValue(value, out var letter) && letter.Forms >= 2);

    private static FrozenDictionary<int, (int, int)> BuildLetters()
    {
        // Presentation Forms-B lists the basic letters U+0621..U+064A (without U+063B..U+0640) in order.
        int[] forms = [1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4];
        int[] second = [4, 4, 4, 4, 4, 4, 4, 2, 2, 4];
        var letters = new Dictionary<int, (int, int)>();
        var next = 0xFE80;
        for (var i = 0; i < forms.Length; i++)
        {
            letters[0x0621 + i] = (next, forms[i]);
            next += forms[i];
        }

        for (var i = 0; i < second.Length; i++)
        {
            letters[0x0641 + i] = (next, second[i]);
            next += second[i];
        }

        // Persian/Urdu letters from Presentation Forms-A: peh, tcheh, jeh, keheh, gaf, farsi yeh.
        letters[0x067E] = (0xFB56, 4);
        letters[0x0686] = (0xFB7A, 4);
        letters[0x0698] = (0xFB8A, 2);
        letters[0x06A9] = (0xFB8E, 4);
        letters[0x06AF] = (0xFB92, 4);
        letters[0x06CC] = (0xFBFC, 4);
        return letters.ToFrozenDictionary();
    }
}
