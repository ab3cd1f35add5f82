namespace Bleiberecht.Pdf.Text;

/// <summary>
/// The built-in encoding of the standard Zapf Dingbats font for codes 0x20–0x7E (checks, crosses, dots, squares as
/// form fields' check boxes and radio buttons draw them): the Unicode Dingbats block follows the font, except for
/// the ten glyphs that Unicode already had elsewhere. Codes from 0x80 on (circled numbers, arrows) are not mapped.
/// </summary>
internal static class ZapfDingbatsEncoding
{
    private static readonly Lazy<string[]> TableValue = new(Build);

    public static string[] Table => TableValue.Value;

    /// <summary>Whether a simple font without its own encoding is Zapf Dingbats (any subset prefix or style variant).</summary>
    public static bool IsZapfDingbats(string baseFont) =>
        baseFont.Contains("ZapfDingbats", StringComparison.OrdinalIgnoreCase) || baseFont.EndsWith("Dingbats", StringComparison.OrdinalIgnoreCase);

    private static string[] Build()
    {
        var table = new string[256];
        Array.Fill(table, string.Empty);
        table[0x20] = " ";
        for (var code = 0x21; code <= 0x7E; code++)
        {
            table[code] = char.ConvertFromUtf32(0x2700 + code - 0x20);
        }

        table[0x25] = "\u260E"; // telephone
        table[0x2A] = "\u261B"; // black right pointing index
        table[0x2B] = "\u261E"; // white right pointing index
        table[0x48] = "\u2605"; // black star
        table[0x6C] = "\u25CF"; // black circle (radio button dot)
        table[0x6E] = "\u25A0"; // black square
        table[0x73] = "\u25B2"; // black up-pointing triangle
        table[0x74] = "\u25BC"; // black down-pointing triangle
        table[0x75] = "\u25C6"; // black diamond
        table[0x77] = "\u25D7"; // right half black circle
        return table;
    }
}
