using System.Globalization;

using Bleiberecht.Pdf.Writer.Layout;

namespace Bleiberecht.Pdf.Writer.Forms;

/// <summary>Generates the normal (/N) appearance streams of form field widgets.</summary>
internal static class FormAppearances
{
    private const string Border = "q 0.6 0.6 0.6 RG 0.75 w {0} {0} {1} {2} re S Q\n";

    public static ContentStream Text(FormField field, AddedFont font)
    {
        var (width, height) = (field.Area.Width, field.Area.Height);
        var stream = new ContentStream();
        stream.Raw(BorderOperators(width, height));
        stream.Raw(string.Create(CultureInfo.InvariantCulture, $"/Tx BMC\nq 1 1 {PdfSyntax.Number(width - 2)} {PdfSyntax.Number(height - 2)} re W n\n0 g\n"));
        var value = field.Text.Value ?? string.Empty;
        var size = field.Text.FontSize;
        if (value.Length > 0)
        {
            if (field.Text.Multiline)
            {
                var leading = font.GetLineHeight(size);
                var y = height - 2 - font.GetAscent(size);
                foreach (var line in LineBreaker.Break(value, font, size, width - 4))
                {
                    stream.ShowText(font, size, 2, y, line);
                    y -= leading;
                }
            }
            else
            {
                var baseline = ((height - (font.GetAscent(size) + font.GetDescent(size))) / 2) + font.GetDescent(size);
                stream.ShowText(font, size, 2, baseline, value.ReplaceLineEndings(" "));
            }
        }

        stream.Raw("Q\nEMC\n");
        return stream;
    }

    public static ContentStream CheckBoxOn(FormField field)
    {
        var (w, h) = (field.Area.Width, field.Area.Height);
        var stream = new ContentStream();
        stream.Raw(BorderOperators(w, h));
        stream.Raw(string.Create(
            CultureInfo.InvariantCulture,
            $"q 0 G {PdfSyntax.Number(Math.Max(1, Math.Min(w, h) / 9))} w 1 J 1 j {P(w * 0.22)} {P(h * 0.52)} m {P(w * 0.42)} {P(h * 0.28)} l {P(w * 0.8)} {P(h * 0.76)} l S Q\n"));
        return stream;
    }

    public static ContentStream Empty(FormField field)
    {
        var stream = new ContentStream();
        stream.Raw(BorderOperators(field.Area.Width, field.Area.Height));
        return stream;
    }

    private static string BorderOperators(double width, double height) =>
        string.Format(CultureInfo.InvariantCulture, Border, "0.375", PdfSyntax.Number(width - 0.75), PdfSyntax.Number(height - 0.75));

    private static string P(double value) => PdfSyntax.Number(value);
}
