using System.Globalization;
using System.Text;
using Bleiberecht.Cases.Committees;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Intake;

/// <summary>The texts of the intake's automatic replies: German first, English below. No applicant data.</summary>
internal static class IntakeReplies
{
    private const string Separator = "\n\n――――――――――――――――――――\nEnglish version\n\n";

    public static (string Subject, string Body) Confirmation(CommitteeConfiguration committee, IntakeResult result, bool added)
    {
        var caseNumber = result.CaseNumber!;
        var blocking = result.Problems.Where(p => !p.IsWarning).ToList();
        var warnings = result.Problems.Where(p => p.IsWarning).ToList();
        var de = new StringBuilder();
        var en = new StringBuilder();
        de.Append("Guten Tag,\n\n");
        en.Append("Hello,\n\n");
        if (result.Status == CaseStatus.Closed)
        {
            de.Append(CultureInfo.InvariantCulture, $"diese Unterlagen gehören zum Fall {caseNumber}, der bereits abgeschlossen ist. Sie wurden nicht erneut aufgenommen. Für einen neuen Antrag senden Sie ihn bitte als neue E-Mail (ohne Fallnummer im Betreff).\n");
            en.Append(CultureInfo.InvariantCulture, $"these documents belong to case {caseNumber}, which is already closed. They were not taken in again. For a new application, please send it as a new e-mail (without a case number in the subject).\n");
        }
        else if (added)
        {
            de.Append(CultureInfo.InvariantCulture, $"Ihre Unterlagen wurden dem Fall {caseNumber} beim {committee.Name} hinzugefügt.\n");
            en.Append(CultureInfo.InvariantCulture, $"your documents were added to case {caseNumber} at the {committee.Name}.\n");
        }
        else if (result.Created)
        {
            de.Append(CultureInfo.InvariantCulture, $"Ihre Einreichung ist beim {committee.Name} eingegangen.\n\nFallnummer: {caseNumber}\n\nBitte geben Sie die Fallnummer bei Rückfragen und Nachreichungen an.\n");
            en.Append(CultureInfo.InvariantCulture, $"your submission has been received by the {committee.Name}.\n\nCase number: {caseNumber}\n\nPlease quote the case number in questions and when sending further documents.\n");
        }
        else
        {
            de.Append(CultureInfo.InvariantCulture, $"diese Unterlagen lagen uns bereits vor. Sie gehören zum Fall {caseNumber}; es wurde kein weiterer Fall angelegt.\n");
            en.Append(CultureInfo.InvariantCulture, $"we had already received these documents. They belong to case {caseNumber}; no further case was opened.\n");
        }

        if (result.Status != CaseStatus.Closed)
        {
            if (blocking.Count > 0)
            {
                de.Append("\nDamit der Fall bearbeitet werden kann, fehlt noch Folgendes oder ist zu korrigieren:\n");
                en.Append("\nBefore the case can be dealt with, the following is missing or needs correcting:\n");
                foreach (var problem in blocking)
                {
                    de.Append("- ").Append(problem.MessageDe).Append('\n');
                    en.Append("- ").Append(problem.MessageEn).Append('\n');
                }

                de.Append(CultureInfo.InvariantCulture, $"\nBitte senden Sie die fehlenden Unterlagen als PDF in einer Antwort auf diese E-Mail (die Fallnummer {caseNumber} muss im Betreff stehen bleiben).\n");
                en.Append(CultureInfo.InvariantCulture, $"\nPlease send the missing documents as PDF in a reply to this e-mail (keep the case number {caseNumber} in the subject).\n");
            }
            else
            {
                de.Append("\nDie Unterlagen sind vollständig.\n");
                en.Append("\nThe documents are complete.\n");
            }

            if (warnings.Count > 0)
            {
                de.Append("\nHinweise:\n");
                en.Append("\nNotes:\n");
                foreach (var warning in warnings)
                {
                    de.Append("- ").Append(warning.MessageDe).Append('\n');
                    en.Append("- ").Append(warning.MessageEn).Append('\n');
                }
            }
        }

        de.Append("\nDiese Nachricht wurde automatisch erstellt.");
        en.Append("\nThis message was generated automatically.");
        return ($"Eingangsbestätigung / Confirmation of receipt: {caseNumber}", de + Separator + en);
    }

    public static (string Subject, string Body) Problems(IEnumerable<(string German, string English)> problems)
    {
        var list = problems.ToList();
        var de = new StringBuilder("Guten Tag,\n\nIhre E-Mail konnte nicht als Antrag angenommen werden; es wurde nichts gespeichert:\n\n");
        var en = new StringBuilder("Hello,\n\nyour e-mail could not be accepted as an application; nothing was stored:\n\n");
        foreach (var (german, english) in list)
        {
            de.Append("- ").Append(german).Append('\n');
            en.Append("- ").Append(english).Append('\n');
        }

        de.Append("\nBitte beheben Sie das und senden Sie die Unterlagen erneut.\n\nDiese Nachricht wurde automatisch erstellt.");
        en.Append("\nPlease fix this and send the documents again.\n\nThis message was generated automatically.");
        return ("Einreichung nicht angenommen / Submission not accepted", de + Separator + en);
    }
}
