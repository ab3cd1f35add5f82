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
        $"In der Datei „{file}“ sind die Formularfelder nicht mehr ausfüllbar; die Angaben und Kreuze wurden aus dem gedruckten Inhalt gelesen. Bitte die übernommenen Angaben prüfen oder die ausfüllbare Fassung senden.",
        $"In the file '{file}' the form fields were flattened; the details and ticks were read from the printed content. Please check the details taken over, or send the fillable version.",
        IsWarning: true);

    public static ApplicationProblem ReadByOcr(string file) => new(
        "read-by-ocr",
        null,
        $"Die Datei „{file}“ ist ein Scan; die Angaben wurden per Texterkennung gelesen — bitte prüfen. Kreuze und Unterschriften werden aus Scans nicht übernommen: bitte das ausfüllbare Formular senden oder die Angaben von Hand ergänzen.",
        $"The file '{file}' is a scan; the details were read by text recognition — please check them. Ticks and signatures are not taken from scans: please send the fillable form or complete the details by hand.",
        IsWarning: true);

    public static ApplicationProblem OcrValue(FormField field) => new(
        "ocr-needs-confirmation",
        field.Name,
        $"„{field.Label}“ per Texterkennung gelesen — bitte prüfen.",
        $"'{field.LabelEn}' was read by text recognition — please check.",
        IsWarning: true);
}
