using Bleiberecht.Pdf.Writer.Forms;

namespace Bleiberecht.Pdf.Writer;

/// <summary>AcroForm fields placed on the page. Field names must be unique in the document and contain no period.</summary>
public sealed partial class PdfPageBuilder
{
    /// <summary>Adds a text field (single- or multi-line) with a generated appearance.</summary>
    public void AddTextField(string name, PdfRectangle area, TextFieldOptions? options = null)
    {
        options ??= new TextFieldOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.FontSize);
        if (options.Font is not null)
        {
            document.CheckOwns(options.Font);
        }

        document.RegisterFieldName(name);
        Fields.Add(new FormField(FormFieldKind.Text, name, area, options, false, options.Tooltip));
    }

    /// <summary>Adds a check box whose on-state is named <c>Yes</c>.</summary>
    public void AddCheckBox(string name, PdfRectangle area, bool isChecked = false, string? tooltip = null)
    {
        document.RegisterFieldName(name);
        Fields.Add(new FormField(FormFieldKind.CheckBox, name, area, new TextFieldOptions(), isChecked, tooltip));
    }

    /// <summary>Adds an empty signature field (a place for a digital signature).</summary>
    public void AddSignatureField(string name, PdfRectangle area, string? tooltip = null)
    {
        document.RegisterFieldName(name);
        Fields.Add(new FormField(FormFieldKind.Signature, name, area, new TextFieldOptions(), false, tooltip));
    }
}
