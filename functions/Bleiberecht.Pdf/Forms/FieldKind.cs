namespace Bleiberecht.Pdf.Forms;

/// <summary>The kind of an interactive form field, from <c>/FT</c> and the <c>/Ff</c> flags.</summary>
public enum FieldKind
{
    /// <summary>No or an unknown <c>/FT</c>.</summary>
    Unknown,

    /// <summary><c>/Tx</c>.</summary>
    Text,

    /// <summary><c>/Btn</c> without the radio and push-button flags.</summary>
    Checkbox,

    /// <summary><c>/Btn</c> with the radio flag (bit 16).</summary>
    RadioButton,

    /// <summary><c>/Btn</c> with the push-button flag (bit 17); holds no value.</summary>
    PushButton,

    /// <summary><c>/Ch</c> with the combo flag (bit 18).</summary>
    ComboBox,

    /// <summary><c>/Ch</c> without the combo flag.</summary>
    ListBox,

    /// <summary><c>/Sig</c>; its value is the signature dictionary, see <see cref="PdfDocument.GetSignatures"/>.</summary>
    Signature,
}
