namespace Bleiberecht.Pdf.Writer.Forms;

/// <summary>How a text form field looks and behaves.</summary>
public sealed record TextFieldOptions
{
    /// <summary>The initial value (shown through a generated appearance stream).</summary>
    public string? Value { get; init; }

    /// <summary>Allows line breaks; the value is wrapped to the field width.</summary>
    public bool Multiline { get; init; }

    /// <summary>Font size in points for the value; also written to the field's /DA.</summary>
    public double FontSize { get; init; } = 10;

    /// <summary>Maximum number of characters (/MaxLen), or null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Viewers do not let the user change the value (/Ff bit 1).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The field must have a value before the form is submitted (/Ff bit 2).</summary>
    public bool Required { get; init; }

    /// <summary>Shown by viewers as the field's tooltip (/TU), also used by screen readers.</summary>
    public string? Tooltip { get; init; }

    /// <summary>Font for the generated appearance; the document's default font when null.</summary>
    public AddedFont? Font { get; init; }
}
