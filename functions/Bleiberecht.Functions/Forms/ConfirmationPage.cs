using System.Text;
using Bleiberecht.Cases.Contracts;
using Microsoft.AspNetCore.Antiforgery;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// The answer to an accepted upload: the case number in a heading (selectable as a whole), and — when the application is
/// incomplete — exactly what is missing and the form to send it.
/// </summary>
internal static class ConfirmationPage
{
    public static string Render(IntakeResult result, bool supplement, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(result);
        var caseNumber = result.CaseNumber ?? throw new ArgumentException("Only accepted results have a confirmation.", nameof(result));
        var missing = result.Problems.Where(p => !p.IsWarning).ToList();
        var warnings = result.Problems.Where(p => p.IsWarning).ToList();
        var incomplete = missing.Count > 0 || result.Status == CaseStatus.Incomplete;
        var title = supplement ? "Unterlagen eingegangen" : "Antrag eingegangen";

        var main = new StringBuilder();
        main.Append("<h1>").Append(title).Append("</h1>\n")
            .Append("<div class=\"panel\">\n<h2 id=\"vorgangsnummer-titel\">Vorgangsnummer <span class=\"case-number\" id=\"vorgangsnummer\">")
            .Append(Html.Encode(caseNumber)).Append("</span></h2>\n")
            .Append("<p>Bitte geben Sie diese Nummer bei allen Rückfragen und Nachreichungen an.</p>\n</div>\n");
        if (!supplement && !result.Created)
        {
            main.Append("<p>Diese Unterlagen waren bereits eingegangen. Es wurde kein neuer Vorgang angelegt; es gilt die Vorgangsnummer oben.</p>\n");
        }

        if (incomplete)
        {
            main.Append("<h2>Was noch fehlt</h2>\n<p>Der Antrag ist unvollständig. Die Geschäftsstelle kann ihn erst bearbeiten, wenn Folgendes vorliegt:</p>\n<ul>\n");
            foreach (var problem in missing)
            {
                main.Append("<li>").Append(Html.Encode(problem.MessageDe)).Append("</li>\n");
            }

            if (missing.Count == 0)
            {
                main.Append("<li>Es fehlen noch Unterlagen; die Geschäftsstelle meldet sich bei Ihnen.</li>\n");
            }

            main.Append("</ul>\n")
                .Append("<h2>So reichen Sie es nach</h2>\n")
                .Append("<p>Laden Sie die fehlenden oder korrigierten Unterlagen als PDF hier hoch. Sie werden dem Vorgang ")
                .Append(Html.Encode(caseNumber)).Append(" zugeordnet. Sie können diese Seite auch später wieder aufrufen: ")
                .Append("<a href=\"/api/antrag/").Append(Uri.EscapeDataString(caseNumber)).Append("/nachreichen\">Unterlagen für ")
                .Append(Html.Encode(caseNumber)).Append(" nachreichen</a>.</p>\n")
                .Append(SupplementPage.Form(caseNumber, tokens, []));
        }
        else
        {
            main.Append("<p>Der Antrag ist vollständig. Die Geschäftsstelle prüft nun die Zulässigkeit und plant die Befassung in einer Sitzung.</p>\n");
        }

        if (warnings.Count > 0)
        {
            main.Append("<h2>Hinweise</h2>\n<ul>\n");
            foreach (var warning in warnings)
            {
                main.Append("<li>").Append(Html.Encode(warning.MessageDe)).Append("</li>\n");
            }

            main.Append("</ul>\n");
        }

        main.Append("<p><a href=\"/api/antrag\">Einen weiteren Antrag einreichen</a></p>\n");
        return FormLayout.Page(title + ": " + caseNumber + (incomplete ? " (unvollständig)" : string.Empty), hasError: false, main.ToString());
    }
}
