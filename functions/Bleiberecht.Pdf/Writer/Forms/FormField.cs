namespace Bleiberecht.Pdf.Writer.Forms;

/// <summary>One AcroForm field with a single widget on one page.</summary>
internal sealed record FormField(FormFieldKind Kind, string Name, PdfRectangle Area, TextFieldOptions Text, bool Checked, string? Tooltip);
