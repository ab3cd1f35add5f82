using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Forms;

/// <summary>One terminal field of the form, with inherited attributes applied and its value as stored.</summary>
public sealed record AcroFormField
{
    /// <summary>Fully qualified name: the partial names of the field and its ancestors joined by dots.</summary>
    public required string FullName { get; init; }

    /// <summary>Text, checkbox, radio button, push button, combo box, list box or signature.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>The value as text: text fields' string, the selected export value of buttons and choices, null when empty.</summary>
    public string? Value { get; init; }

    /// <summary>All selected values (multi-select list boxes have several).</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Where <see cref="Value"/> came from.</summary>
    public FieldValueSource ValueSource { get; init; }

    /// <summary>For checkboxes and radio buttons: whether a non-<c>Off</c> state is selected.</summary>
    public bool? IsChecked { get; init; }

    /// <summary>Choice options (display text) or the on-states of check boxes and radio buttons.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The default value (<c>/DV</c>) as text.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>Bit 1 of <c>/Ff</c>.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>Bit 2 of <c>/Ff</c>.</summary>
    public bool IsRequired { get; init; }

    /// <summary>The raw <c>/Ff</c> flags.</summary>
    public int Flags { get; init; }

    /// <summary>1-based page numbers of the field's widgets, where the widgets name their page.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>
    /// For signature fields: whether the field carries a signature (a signature dictionary with a non-blank
    /// <c>/Contents</c>); an empty field or an unfilled placeholder is not signed. Null for other kinds.
    /// </summary>
    public bool? IsSigned { get; init; }

    internal PdfDictionary? SignatureDictionary { get; init; }
}
