namespace Bleiberecht.Pdf.Writer.Forms;

/// <summary>Checks field names: non-empty, no period (a hierarchy separator in PDF), unique per document.</summary>
internal static class FormFieldNames
{
    public static void Validate(string name, ISet<string> existing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Form field name '{name}' contains a period; PDF uses periods to separate name levels.", nameof(name));
        }

        if (!existing.Add(name))
        {
            throw new ArgumentException($"A form field named '{name}' already exists in this document.", nameof(name));
        }
    }
}
