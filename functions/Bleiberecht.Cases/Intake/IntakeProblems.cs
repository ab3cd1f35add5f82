using System.Globalization;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Intake;

/// <summary>The intake's own rejection texts (German, English); the reader's come from <see cref="SubmissionReader"/>.</summary>
internal static class IntakeProblems
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static ApplicationProblem UnknownCommittee() => new(
        "unknown-committee",
        null,
        "Das angegebene Gremium ist nicht bekannt. Bitte verwenden Sie die Adresse oder das Formular Ihres Gremiums.",
        "The committee given is not known. Please use your committee's address or form.");

    public static ApplicationProblem UnknownCounsellor() => new(
        "unknown-counsellor",
        null,
        "Ihre E-Mail-Adresse ist bei diesem Gremium nicht als beratende Stelle registriert. Anträge können nur registrierte Beraterinnen und Berater einreichen; bitte wenden Sie sich an die Geschäftsstelle.",
        "Your e-mail address is not registered with this committee as a counselling service. Only registered counsellors can submit applications; please contact the secretariat.");

    public static ApplicationProblem NoFiles() => new(
        "no-files",
        null,
        "Es wurde keine Datei eingereicht. Bitte senden Sie den Kurzantrag als PDF.",
        "No file was submitted. Please send the Kurzantrag as a PDF.");

    public static ApplicationProblem TooManyFiles(int count, int max) => new(
        "too-many-files",
        null,
        $"Es wurden {count} Dateien eingereicht; höchstens {max} sind möglich. Bitte fassen Sie Unterlagen zusammen.",
        $"{count} files were submitted; at most {max} are possible. Please combine documents.");

    public static ApplicationProblem FileTooLarge(string file, long size, long max) => new(
        "file-too-large",
        null,
        $"Die Datei „{file}“ ist {Megabytes(size, German)} MB groß; erlaubt sind höchstens {Megabytes(max, German)} MB je Datei. Bitte verkleinern (z. B. mit geringerer Scan-Auflösung) und erneut senden.",
        $"The file '{file}' is {Megabytes(size, CultureInfo.InvariantCulture)} MB; at most {Megabytes(max, CultureInfo.InvariantCulture)} MB per file are allowed. Please reduce it (e.g. scan at a lower resolution) and send it again.");

    public static ApplicationProblem SubmissionTooLarge(long size, long max) => new(
        "submission-too-large",
        null,
        $"Die Dateien sind zusammen {Megabytes(size, German)} MB groß; erlaubt sind höchstens {Megabytes(max, German)} MB. Bitte verkleinern oder auf mehrere Sendungen verteilen.",
        $"The files are {Megabytes(size, CultureInfo.InvariantCulture)} MB together; at most {Megabytes(max, CultureInfo.InvariantCulture)} MB are allowed. Please reduce them or split them over several submissions.");

    public static ApplicationProblem NotAPdf(string file) => new(
        "not-a-pdf",
        null,
        $"Die Datei „{file}“ ist keine PDF-Datei. Bitte den Kurzantrag als PDF senden.",
        $"The file '{file}' is not a PDF. Please send the Kurzantrag as a PDF.");

    private static string Megabytes(long bytes, CultureInfo culture) => (bytes / (1024.0 * 1024.0)).ToString("0.#", culture);
}
