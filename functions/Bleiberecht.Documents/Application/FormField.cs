namespace Bleiberecht.Documents.Application;

/// <summary>
/// One field of the Kurzantrag: its stable name (never changes within a form version), the printed German
/// label (also used to find the value on a flattened form), and the rules for its value.
/// </summary>
/// <param name="Name">Stable AcroForm field name, ASCII, e.g. <c>person_geburtsdatum</c>.</param>
/// <param name="Section">The section it is printed in.</param>
/// <param name="Label">The printed German label.</param>
/// <param name="LabelEn">English label, for problem messages in English.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Required">Whether a submission without it is incomplete.</param>
/// <param name="Choices">Allowed values of a <see cref="FieldKind.Choice"/> field.</param>
/// <param name="MaxLength">Longest accepted value.</param>
public sealed record FormField(
    string Name,
    FormSection Section,
    string Label,
    string LabelEn,
    FieldKind Kind,
    bool Required = false,
    IReadOnlyList<string>? Choices = null,
    int MaxLength = 200)
{
    /// <summary>The AcroForm names that carry this field's value (two checkboxes for a yes/no question).</summary>
    public IReadOnlyList<string> AcroFormNames => Kind == FieldKind.YesNo ? [Name + "_ja", Name + "_nein"] : [Name];
}
