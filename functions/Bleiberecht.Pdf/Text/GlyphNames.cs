using System.Globalization;
using System.Text;

namespace Bleiberecht.Pdf.Text;

/// <summary>
/// Glyph name to Unicode for <c>/Differences</c>: <c>uniXXXX</c>, <c>uXXXX</c>, single letters, digit and punctuation
/// names, accented Latin letters composed from base + accent, ligatures joined by <c>_</c>, suffixes after <c>.</c> dropped.
/// </summary>
internal static class GlyphNames
{
    private static readonly Dictionary<string, string> Named = Build();

    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["acute"] = '\u0301', ["grave"] = '\u0300', ["circumflex"] = '\u0302', ["dieresis"] = '\u0308', ["tilde"] = '\u0303',
        ["ring"] = '\u030A', ["cedilla"] = '\u0327', ["caron"] = '\u030C', ["macron"] = '\u0304', ["breve"] = '\u0306',
        ["ogonek"] = '\u0328', ["dotaccent"] = '\u0307', ["hungarumlaut"] = '\u030B', ["commaaccent"] = '\u0326',
    };

    public static string? ToUnicode(string name)
    {
        if (Named.TryGetValue(name, out var known))
        {
            return known;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_').Select(ToUnicode).ToArray();
            return parts.All(p => p is not null) ? string.Concat(parts) : null;
        }

        if (name.Length == 1 && char.IsAsciiLetter(name[0]))
        {
            return name;
        }

        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            var sb = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
                {
                    return null;
                }

                sb.Append((char)v);
            }

            return sb.ToString();
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u' && int.TryParse(name.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp)
            && cp is >= 0 and <= 0x10FFFF and (< 0xD800 or > 0xDFFF))
        {
            return char.ConvertFromUtf32(cp);
        }

        foreach (var (accent, combining) in Accents)
        {
            if (name.Length == accent.Length + 1 && name.EndsWith(accent, StringComparison.Ordinal) && char.IsAsciiLetter(name[0]))
            {
                return (name[0] + combining.ToString()).Normalize(NormalizationForm.FormC);
            }
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < 10; i++)
        {
            map[digits[i]] = ((char)('0' + i)).ToString();
        }

        const string pairs =
            "space \u0020|exclam !|quotedbl \"|numbersign #|dollar $|percent %|ampersand &|quotesingle '|quoteright \u2019|" +
            "parenleft (|parenright )|asterisk *|plus +|comma ,|hyphen -|period .|slash /|colon :|semicolon ;|less <|equal =|" +
            "greater >|question ?|at @|bracketleft [|backslash \\|bracketright ]|asciicircum ^|underscore _|grave `|quoteleft \u2018|" +
            "braceleft {|braceright }|asciitilde ~|exclamdown ¡|cent ¢|sterling £|currency ¤|yen ¥|brokenbar ¦|section §|" +
            "dieresis ¨|copyright ©|ordfeminine ª|guillemotleft «|logicalnot ¬|registered ®|macron ¯|degree °|plusminus ±|" +
            "twosuperior ²|threesuperior ³|acute ´|mu µ|paragraph ¶|periodcentered ·|cedilla ¸|onesuperior ¹|ordmasculine º|" +
            "guillemotright »|onequarter ¼|onehalf ½|threequarters ¾|questiondown ¿|AE Æ|ae æ|Eth Ð|eth ð|Thorn Þ|thorn þ|" +
            "germandbls ß|multiply ×|divide ÷|Oslash Ø|oslash ø|OE Œ|oe œ|Lslash Ł|lslash ł|dotlessi ı|bullet •|ellipsis …|" +
            "emdash —|endash –|quotedblleft “|quotedblright ”|quotesinglbase ‚|quotedblbase „|dagger †|daggerdbl ‡|perthousand ‰|" +
            "guilsinglleft ‹|guilsinglright ›|trademark ™|fi ﬁ|fl ﬂ|ff ﬀ|ffi ﬃ|ffl ﬄ|florin ƒ|fraction ⁄|Euro €|minus −|nbspace \u00A0|" +
            "sfthyphen \u00AD|circumflex ˆ|tilde ˜|breve ˘|dotaccent ˙|ring ˚|hungarumlaut ˝|ogonek ˛|caron ˇ|Dcroat Đ|dcroat đ|" +
            "nonbreakingspace \u00A0|middot ·|Omega Ω|Delta ∆|mu1 µ|pi π|infinity ∞|lessequal ≤|greaterequal ≥|notequal ≠|" +
            "approxequal ≈|partialdiff ∂|summation ∑|product ∏|radical √|integral ∫|lozenge ◊|arrowright →|arrowleft ←|" +
            "checkmark ✓|degree1 °|commaaccent \u0326|Scedilla Ş|scedilla ş|Gbreve Ğ|gbreve ğ|Idotaccent İ|ij ĳ|IJ Ĳ|" +
            "napostrophe ŉ|Eng Ŋ|eng ŋ|kgreenlandic ĸ|Ldot Ŀ|ldot ŀ|longs ſ|Hbar Ħ|hbar ħ|Tbar Ŧ|tbar ŧ";
        foreach (var pair in pairs.Split('|'))
        {
            var space = pair.IndexOf(' ', StringComparison.Ordinal);
            map[pair[..space]] = pair[(space + 1)..];
        }

        map["bar"] = "|";
        return map;
    }
}
