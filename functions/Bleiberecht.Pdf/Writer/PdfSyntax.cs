using System.Globalization;
using System.Text;

namespace Bleiberecht.Pdf.Writer;

/// <summary>Formatting of PDF tokens: numbers, names, strings, dates.</summary>
internal static class PdfSyntax
{
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var text = Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>A name token (with the slash); characters outside the regular set are #-escaped.</summary>
    public static string Name(string name)
    {
        var builder = new StringBuilder("/", name.Length + 1);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && "()<>[]{}/%#".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A text string: a literal in PDFDocEncoding-compatible ASCII, otherwise UTF-16BE with BOM in hex.</summary>
    public static string TextString(string value)
    {
        if (value.All(c => c is >= ' ' and < (char)127))
        {
            var builder = new StringBuilder("(", value.Length + 2);
            foreach (var c in value)
            {
                if (c is '(' or ')' or '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A byte string in hex.</summary>
    public static string HexString(ReadOnlySpan<byte> bytes) => "<" + Convert.ToHexString(bytes) + ">";

    /// <summary>A PDF date string, e.g. <c>(D:20261121105145+00'00')</c>.</summary>
    public static string Date(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"(D:{value:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}')");
    }

    /// <summary>An XMP (ISO 8601) date, matching <see cref="Date"/>.</summary>
    public static string XmpDate(DateTimeOffset value)
    {
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{value:yyyy-MM-ddTHH:mm:ss}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    public static string Reference(int objectNumber) => string.Create(CultureInfo.InvariantCulture, $"{objectNumber} 0 R");

    public static string Rectangle(PdfRectangle rectangle) =>
        $"[{Number(rectangle.Left)} {Number(rectangle.Bottom)} {Number(rectangle.Right)} {Number(rectangle.Top)}]";
}
