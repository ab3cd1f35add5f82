using Bleiberecht.Pdf.Writer.Forms;

namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Form fields in the flow: a label line, then the field across the content width.</summary>
public sealed partial class DocumentLayout
{
    /// <summary>Adds a labelled text field; <paramref name="lines"/> greater than 1 makes it multi-line.</summary>
    public void AddTextField(string name, string label, int lines = 1, string? value = null, bool required = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 1);
        var fieldSize = Options.FontSize;
        var height = (lines * fieldSize * Options.LineSpacing) + 6;
        var area = PlaceLabelled(label, height, ContentWidth);
        CurrentPage.AddTextField(name, area, new TextFieldOptions
        {
            Value = value,
            Multiline = lines > 1,
            FontSize = fieldSize,
            Required = required,
            Tooltip = label,
            Font = Font,
        });
    }

    /// <summary>Adds a check box with its label to the right.</summary>
    public void AddCheckBox(string name, string label, bool isChecked = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        var box = Options.FontSize + 2;
        var labelLines = LineBreaker.Break(label, Font, Options.FontSize, ContentWidth - box - 6);
        var height = Math.Max(box, labelLines.Count * Options.FontSize * Options.LineSpacing);
        EnsureRoom(height + Options.ParagraphSpacing);
        CurrentPage.AddCheckBox(name, new PdfRectangle(Left, cursor - box, box, box), isChecked, label);
        var saved = cursor;
        var ascent = Font.GetAscent(Options.FontSize);
        foreach (var line in labelLines)
        {
            CurrentPage.AddText(line, Options.FontSize, new PdfPoint(Left + box + 6, cursor - ascent + 0.5), Font);
            cursor -= Options.FontSize * Options.LineSpacing;
        }

        cursor = saved - height - Options.ParagraphSpacing;
    }

    /// <summary>Adds a labelled signature field of the given height.</summary>
    public void AddSignatureField(string name, string label, double height = 50, double width = 240)
    {
        var area = PlaceLabelled(label, height, Math.Min(width, ContentWidth));
        CurrentPage.AddSignatureField(name, area, label);
    }

    private PdfRectangle PlaceLabelled(string label, double height, double width)
    {
        ArgumentNullException.ThrowIfNull(label);
        var labelSize = Options.FontSize * 0.9;
        var labelLines = LineBreaker.Break(label, Font, labelSize, ContentWidth);
        var labelHeight = labelLines.Count * labelSize * Options.LineSpacing;
        EnsureRoom(labelHeight + height + Options.ParagraphSpacing);
        WriteLines(labelLines, Font, labelSize, PdfColor.Gray, TextAlignment.Left, 0);
        var area = new PdfRectangle(Left, cursor - height, width, height);
        cursor -= height + Options.ParagraphSpacing;
        return area;
    }
}
