namespace Bleiberecht.Pdf.Forms;

/// <summary>Where a field's value was found.</summary>
public enum FieldValueSource
{
    /// <summary>No value at all.</summary>
    None,

    /// <summary>The field's (possibly inherited) <c>/V</c>.</summary>
    Stored,

    /// <summary>Only the widget's appearance stream shows a value (no <c>/V</c>); the text was extracted from it.</summary>
    Appearance,
}
