using System.Text;

namespace Bleiberecht.Pdf.Text;

/// <summary>The base encodings of simple fonts (PDF 32000-1 Annex D) as code → Unicode tables.</summary>
internal static class SimpleEncodings
{
    private static readonly Lazy<string[]> WinAnsiTable = new(() => FromCodePage(1252, winAnsi: true));
    private static readonly Lazy<string[]> MacRomanTable = new(() => FromCodePage(10000, winAnsi: false));
    private static readonly Lazy<string[]> StandardTable = new(BuildStandard);

    public static string[] WinAnsi => WinAnsiTable.Value;

    public static string[] MacRoman => MacRomanTable.Value;

    public static string[] Standard => StandardTable.Value;

    public static string[]? ByName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "StandardEncoding" => Standard,
        "PDFDocEncoding" => WinAnsi,
        _ => null,
    };

    private static string[] FromCodePage(int codePage, bool winAnsi)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
        var table = new string[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = encoding.GetString([(byte)i]);
        }

        if (winAnsi)
        {
            // WinAnsiEncoding: the unassigned slots of code page 1252 show a bullet; 0xA0 is a space, 0xAD a hyphen.
            foreach (var unassigned in new[] { 0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D })
            {
                table[unassigned] = "\u2022";
            }

            table[0xA0] = " ";
            table[0xAD] = "-";
        }

        return table;
    }

    private static string[] BuildStandard()
    {
        var table = new string[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = i is >= 0x20 and < 0x7F ? ((char)i).ToString() : "";
        }

        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        const string high =
            "A1¡A2¢A3£A4⁄A5¥A6ƒA7§A8¤A9'AA“AB«AC‹AD›AEﬁAFﬂB1–B2†B3‡B4·B6¶B7•B8‚B9„BA”BB»BC…BD‰BF¿" +
            "C1`C2´C3ˆC4˜C5¯C6˘C7˙C8¨CA˚CB¸CD˝CE˛CFˇD0—E1ÆE3ªE8ŁE9ØEAŒEBºF1æF5ıF8łF9øFAœFBß";
        for (var i = 0; i + 2 < high.Length; i += 3)
        {
            table[Convert.ToInt32(high.Substring(i, 2), 16)] = high[i + 2].ToString();
        }

        return table;
    }
}
