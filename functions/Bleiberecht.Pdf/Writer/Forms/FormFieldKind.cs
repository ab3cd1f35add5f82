namespace Bleiberecht.Pdf.Writer.Forms;

internal enum FormFieldKind
{
    Text,
    CheckBox,
    Signature,
}
