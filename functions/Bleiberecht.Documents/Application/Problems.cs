namespace Bleiberecht.Documents.Application;

/// <summary>Problems about whole files of a submission, in German and English.</summary>
internal static class Problems
{
    public static ApplicationProblem NoFiles() => new(
        "no-files",
        null,
        "Es wurde keine Datei eingereicht.",
        "No file was submitted.");

    public static ApplicationProblem PasswordProtected(string file) => new(
        "password-protected",
        null,
        $"Die Datei „{file}“ ist mit einem Passwort geschützt und kann nicht gelesen werden. Bitte ohne Passwortschutz erneut senden.",
        $"The file '{file}' is password-protected and cannot be read. Please send it again without a password.");

    public static ApplicationProblem NotAPdf(string file) => new(
        "not-a-pdf",
        null,
        $"Die Datei „{file}“ ist keine PDF-Datei. Bitte den Kurzantrag als PDF senden.",
        $"The file '{file}' is not a PDF. Please send the Kurzantrag as a PDF.");

    public static ApplicationProblem Unreadable(string file) => new(
        "unreadable",
        null,
        $"Die Datei „{file}“ ist beschädigt oder kann nicht gelesen werden. Bitte erneut speichern und senden.",
        $"The file '{file}' is damaged or cannot be read. Please save it again and resend it.");

    public static ApplicationProblem ImageOnly(string file) => new(
        "needs-manual-entry",
        null,
        $"Die Datei „{file}“ ist ein Scan ohne Text. Die Angaben müssen von Hand übernommen werden; besser das ausfüllbare Formular senden.",
        $"The file '{file}' is a scan without text. The details need manual entry; better send the fillable form.");

    public static ApplicationProblem UnknownForm(string file) => new(
        "unknown-form",
        null,
        $"Die Datei „{file}“ ist kein Kurzantrag (Formular Version {KurzantragForm.CurrentVersion}). Bitte das Formular der Geschäftsstelle verwenden.",
        $"The file '{file}' is not a Kurzantrag (form version {KurzantragForm.CurrentVersion}). Please use the committee's form.");

    public static ApplicationProblem Flattened(string file) => new(
        "flattened-form",
        null,
        $"In der Datei „{file}“ sind die Formularfelder nicht mehr ausfüllbar; die Angaben wurden aus dem gedruckten Text gelesen. Angekreuzte Kästchen lassen sich so nicht lesen: bitte die ausfüllbare Fassung senden oder die Kreuze von Hand prüfen.",
        $"In the file '{file}' the form fields were flattened; the details were read from the printed text. Ticked boxes cannot be read this way: please send the fillable version or check the ticks by hand.",
        IsWarning: true);
}
