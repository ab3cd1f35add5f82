using System.Text;

namespace Bleiberecht.Pdf.Writer;

/// <summary>Builds the operators of a page or appearance content stream.</summary>
internal sealed class ContentStream
{
    private readonly StringBuilder builder = new();

    public bool IsEmpty => builder.Length == 0;

    /// <summary>Shows <paramref name="text"/> with its baseline starting at (x, y); returns the advance width.</summary>
    public double ShowText(AddedFont font, double fontSize, double x, double y, string text)
    {
        var glyphs = TextShaper.Shape(font, text);
        if (glyphs.Count == 0)
        {
            return 0;
        }

        builder.Append("BT\n").Append(PdfSyntax.Number(x)).Append(' ').Append(PdfSyntax.Number(y)).Append(" Td\n");
        EmbeddedFont? current = null;
        double width = 0;
        ShapedGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (!ReferenceEquals(glyph.Font, current))
            {
                if (current is not null)
                {
                    builder.Append(">] TJ\n");
                }

                current = glyph.Font;
                builder.Append('/').Append(current.ResourceName).Append(' ').Append(PdfSyntax.Number(fontSize)).Append(" Tf\n[<");
            }
            else if (previous is { } left && TextShaper.Kerning(left, glyph) is var kerning and not 0)
            {
                // TJ numbers are thousandths of an em, subtracted from the advance.
                builder.Append("> ").Append(PdfSyntax.Number(-kerning * 1000.0 / current.Program.UnitsPerEm)).Append(" <");
                width += kerning * fontSize / current.Program.UnitsPerEm;
            }

            glyph.Font.Use(glyph.GlyphId, glyph.Text);
            builder.Append(glyph.GlyphId.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            width += glyph.Font.Program.GetAdvanceWidth(glyph.GlyphId) * fontSize / glyph.Font.Program.UnitsPerEm;
            previous = glyph;
        }

        builder.Append(">] TJ\nET\n");
        return width;
    }

    public void Line(PdfPoint from, PdfPoint to, double lineWidth)
    {
        builder.Append("q ").Append(PdfSyntax.Number(lineWidth)).Append(" w ")
            .Append(Point(from)).Append(" m ").Append(Point(to)).Append(" l S Q\n");
    }

    public void Rectangle(PdfRectangle rectangle, double lineWidth, bool fill, bool stroke)
    {
        builder.Append("q ");
        if (stroke)
        {
            builder.Append(PdfSyntax.Number(lineWidth)).Append(" w ");
        }

        builder.Append(PdfSyntax.Number(rectangle.Left)).Append(' ').Append(PdfSyntax.Number(rectangle.Bottom)).Append(' ')
            .Append(PdfSyntax.Number(rectangle.Width)).Append(' ').Append(PdfSyntax.Number(rectangle.Height))
            .Append(fill && stroke ? " re B Q\n" : fill ? " re f Q\n" : " re S Q\n");
    }

    public void Image(string resourceName, PdfRectangle placement)
    {
        builder.Append("q ").Append(PdfSyntax.Number(placement.Width)).Append(" 0 0 ").Append(PdfSyntax.Number(placement.Height)).Append(' ')
            .Append(PdfSyntax.Number(placement.Left)).Append(' ').Append(PdfSyntax.Number(placement.Bottom)).Append(" cm /")
            .Append(resourceName).Append(" Do Q\n");
    }

    public void FillColor(PdfColor color) => builder.Append(color.Operands).Append(" rg\n");

    public void StrokeColor(PdfColor color) => builder.Append(color.Operands).Append(" RG\n");

    /// <summary>Appends raw operators (the caller guarantees they are well-formed).</summary>
    public void Raw(string operators) => builder.Append(operators);

    public byte[] ToBytes() => Encoding.Latin1.GetBytes(builder.ToString());

    private static string Point(PdfPoint point) => PdfSyntax.Number(point.X) + " " + PdfSyntax.Number(point.Y);
}
