using System.Text;

namespace Bleiberecht.Pdf.Core;

/// <summary>Decodes PDF text strings (PDF 32000-1 7.9.2.2): UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else PDFDocEncoding.</summary>
internal static class TextStrings
{
    // PDFDocEncoding differs from Latin-1 in 0x18–0x1F and 0x80–0x9F (and 0xAD undefined).
    private static readonly char[] High =
    [
        '\u2022', '\u2020', '\u2021', '\u2026', '\u2014', '\u2013', '\u0192', '\u2044',
        '\u2039', '\u203A', '\u2212', '\u2030', '\u201E', '\u201C', '\u201D', '\u2018',
        '\u2019', '\u201A', '\u2122', '\uFB01', '\uFB02', '\u0141', '\u0152', '\u0160',
        '\u0178', '\u017D', '\u0131', '\u0142', '\u0153', '\u0161', '\u017E', '\uFFFD',
    ];

    private static readonly char[] Low = ['\u02D8', '\u02C7', '\u02C6', '\u02D9', '\u02DD', '\u02DB', '\u02DA', '\u02DC'];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return StripLanguageEscapes(Encoding.BigEndianUnicode.GetString(bytes[2..(2 + ((bytes.Length - 2) & ~1))]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..(2 + ((bytes.Length - 2) & ~1))]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b switch
            {
                >= 0x18 and <= 0x1F => Low[b - 0x18],
                >= 0x80 and <= 0x9F => High[b - 0x80],
                _ => (char)b,
            };
        }

        return new string(chars);
    }

    // UTF-16 text strings may carry language escapes: U+001B lang U+001B.
    private static string StripLanguageEscapes(string text)
    {
        var start = text.IndexOf('\u001B', StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var inEscape = false;
        foreach (var c in text)
        {
            if (c == '\u001B')
            {
                inEscape = !inEscape;
            }
            else if (!inEscape)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
