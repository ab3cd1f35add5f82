namespace Bleiberecht.Pdf.Forms;

/// <summary>The kind of an interactive form field, from <c>/FT</c> and the <c>/Ff</c> flags.</summary>
public enum FieldKind
{
    Unknown,
    Text,
    Checkbox,
    RadioButton,
    PushButton,
    ComboBox,
    ListBox,
    Signature,
}
