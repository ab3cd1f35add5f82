namespace Bleiberecht.Pdf.Forms;

/// <summary>The document's interactive form (<c>/AcroForm</c>): its terminal fields in tree order.</summary>
public sealed class AcroForm
{
    internal AcroForm(IReadOnlyList<AcroFormField> fields, bool needAppearances, bool signaturesExist)
    {
        Fields = fields;
        NeedAppearances = needAppearances;
        SignaturesExist = signaturesExist;
    }

    /// <summary>The terminal fields (those that hold values), in field-tree order.</summary>
    public IReadOnlyList<AcroFormField> Fields { get; }

    /// <summary>The form's <c>/NeedAppearances</c>: appearances are stale and viewers should regenerate them from the values.</summary>
    public bool NeedAppearances { get; }

    /// <summary>Bit 1 of <c>/SigFlags</c>.</summary>
    public bool SignaturesExist { get; }

    /// <summary>The field with this fully qualified name, or null.</summary>
    public AcroFormField? GetField(string fullName) => Fields.FirstOrDefault(f => string.Equals(f.FullName, fullName, StringComparison.Ordinal));
}
