namespace Bleiberecht.Documents.Application;

/// <summary>The printed texts of the generated form that the flattened-form reader relies on.</summary>
internal static class KurzantragLabels
{
    public const string Title = "Kurzantrag an die Härtefallkommission";

    public const string ConsentTitle = "Einwilligungserklärung und Entbindung von der Schweigepflicht";

    public const string Yes = "Ja";

    public const string No = "Nein";

    /// <summary>The label as printed above a field (dates carry the expected format, choices the allowed values).</summary>
    public static string Printed(FormField field) => field.Kind switch
    {
        FieldKind.Date => field.Label + " (TT.MM.JJJJ)",
        FieldKind.Choice => field.Label + " (" + string.Join(", ", field.Choices ?? []) + ")",
        _ => field.Label,
    };

    public static string VersionLine(string version) => "Formularversion " + version;
}
